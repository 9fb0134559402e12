import { Button, Group, MultiSelect, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../../src-main/api/contract/api-error';
import { type ActorDetail, contract } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { type FieldErrors, splitServerError, validate } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { DateField } from '../../components/DateField';
import { focusFirstInvalid } from '../../components/focus-first-invalid';
import { FormErrorAlert } from '../../components/FormErrorAlert';
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const taken = new Set(actor.successors.map((link) => link.actorId));
  const options = (candidates.data ?? [])
    .filter((candidate) => candidate.id !== actor.id && !taken.has(candidate.id))
    .map((candidate) => {
      const marker = languageMarker(candidate.nameLanguage);
      return { value: candidate.id, label: marker ? `${candidate.name} ${marker}` : candidate.name };
    });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const input = { predecessorId: actor.id, successorIds, effectiveDate, note };
    const checked = validate(contract['actors.addSuccession'].input, { ...input, effectiveDate: effectiveDate || undefined }, locale);
    setFormError(null);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await call('actors.addSuccession', input);
      onSaved();
    } catch (error) {
      const split = splitServerError(error, FIELDS, locale);
      setErrors(split.fieldErrors);
      setFormError(split.formError);
    } finally {
      setSaving(false);
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t.actor.addSuccessorsTitle} size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
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
          <FormErrorAlert error={formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={saving}>
              {t.common.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
