import { useEffect, useState } from 'react';
import type { Representative } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { useI18n } from '../../i18n/use-i18n';

export interface RepresentativeOption {
  id: string;
  name: string;
  actorId: string;
  actorName: string;
  email: string | null;
  /** for a select: "Name (Organisation)" */
  label: string;
}

/**
 * Every current representative of the network's actors, to choose a chair, a secretary, an
 * invitee or a presenter. The contract has no list of all representatives, so the actors with
 * representatives are read one by one (a network has tens of actors, not thousands), once per
 * screen: the meeting's own writes do not change them.
 */
export function useRepresentativeOptions() {
  const { locale } = useI18n();
  const [options, setOptions] = useState<RepresentativeOption[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        const actors = (await call('actors.list', { lang: locale })).filter((actor) => !actor.archived && actor.representativeCount > 0);
        const details = await Promise.all(actors.map((actor) => call('actors.get', { id: actor.id })));
        const collator = new Intl.Collator(locale);
        const result = details.flatMap((detail, index) => {
          const actor = actors[index]!;
          return detail.representatives
            .filter((representative: Representative) => !representative.archived)
            .map((representative) => ({
              id: representative.id,
              name: representative.name,
              actorId: actor.id,
              actorName: actor.name,
              email: representative.email,
              label: `${representative.name} (${actor.name})`,
            }));
        });
        result.sort((a, b) => collator.compare(a.name, b.name));
        if (current) setOptions(result);
      } catch (failure) {
        if (current) setError(failure);
      }
    })();
    return () => {
      current = false;
    };
  }, [locale]);

  return { options, error };
}

/** Select data from the options, keeping a current choice that is no longer among them. */
export function personSelectData(options: RepresentativeOption[] | null, current: { id: string; label: string } | null, noneLabel?: string) {
  const data = (options ?? []).map((option) => ({ value: option.id, label: option.label }));
  if (current && !data.some((entry) => entry.value === current.id)) data.unshift({ value: current.id, label: current.label });
  return noneLabel === undefined ? data : [{ value: '', label: noneLabel }, ...data];
}
