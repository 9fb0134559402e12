import { MultiSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ActorDetail } from '../../../src-main/api/contract/index';
import { useApiQuery } from '../../api/use-api-query';
import { useContractSubmit } from '../../api/use-contract-submit';
import { DateField } from '../../components/DateField';
import { FormFooter } from '../../components/FormFooter';
import { AppModal } from '../../components/AppModal';
import { useI18n } from '../../i18n/use-i18n';

const FIELDS = ['successorIds', 'effectiveDate', 'note'];

/** Records a split (several successors) or one part of a merger, effective from a date. */
export function AddSuccessorsModal({ actor, onClose, onSaved }: { actor: ActorDetail; onClose: () => void; onSaved: () => void }) {
  const { t, locale, languageMarker } = useI18n();
  const candidates = useApiQuery('actors.list', { lang: locale });
  const [successorIds, setSuccessorIds] = useState<string[]>([]);
  const [effectiveDate, setEffectiveDate] = useState('');
  const [note, setNote] = useState('');
  const { errors, formError, saving, submit } = useContractSubmit({ method: 'actors.addSuccession', fields: FIELDS, locale, onSaved: () => onSaved() });

  const taken = new Set(actor.successors.map((link) => link.actorId));
  const options = (candidates.data ?? [])
    .filter((candidate) => candidate.id !== actor.id && !taken.has(candidate.id))
    .map((candidate) => {
      const marker = languageMarker(candidate.nameLanguage);
      return { value: candidate.id, label: marker ? `${candidate.name} ${marker}` : candidate.name };
    });

  return (
    <AppModal opened onClose={onClose} title={t.actor.addSuccessorsTitle} size="lg">
      <form
        onSubmit={(event) => {
          // An empty date is missing to the schema ("required"), not a malformed one.
          const input = { predecessorId: actor.id, successorIds, effectiveDate, note };
          void submit(event, input, { validateAs: { ...input, effectiveDate: effectiveDate || undefined } });
        }}
        noValidate
      >
        <Stack>
          <Text size="sm">{t.actor.addSuccessorsDescription}</Text>
          <MultiSelect
            label={t.actor.successorsField}
            placeholder={successorIds.length === 0 ? t.actor.successorsPlaceholder : undefined}
            withAsterisk
            data={options}
            value={successorIds}
            onChange={setSuccessorIds}
            searchable
            clearable
            error={errors.successorIds}
            comboboxProps={{ withinPortal: true }}
          />
          <DateField label={t.actor.effectiveDate} withAsterisk value={effectiveDate} onChange={setEffectiveDate} error={errors.effectiveDate} />
          <Textarea label={t.actor.successionNote} autosize minRows={2} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={errors.note} />
          <FormFooter error={formError} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
