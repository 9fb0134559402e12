import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../i18n/use-i18n';

/**
 * The network's actors as options of a select (owner, performer), sorted as the core sorts them.
 * Archived actors are left out unless one is the current choice, so an old step still shows its lane.
 */
export function useActorOptions(current: string | null | undefined, currentName?: string | null) {
  const { locale, languageMarker } = useI18n();
  const actors = useApiQuery('actors.list', { lang: locale, includeArchived: true });
  const options = (actors.data ?? [])
    .filter((actor) => !actor.archived || actor.id === current)
    .map((actor) => {
      const marker = languageMarker(actor.nameLanguage);
      return { value: actor.id, label: marker ? `${actor.name} ${marker}` : actor.name };
    });
  // Until the list arrives (or if the actor has since gone), keep the current choice selectable.
  if (current && !options.some((option) => option.value === current)) options.unshift({ value: current, label: currentName ?? '…' });
  return { options, loading: actors.loading && !actors.data };
}
