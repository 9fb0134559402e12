import { Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { MatrixColumn, MatrixView } from '../../../src-main/api/contract/index';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { DateField } from '../../components/DateField';
import { FormFooter } from '../../components/FormFooter';
import { useI18n } from '../../i18n/use-i18n';

interface Props {
  view: MatrixView;
  /** the organisation, when chosen beforehand */
  actorId: string | null;
  choices: readonly MatrixColumn[];
  onClose: () => void;
  onSaved: (actorName: string) => void;
}

const FIELDS = ['actorId', 'acceptedByName', 'acceptedOn', 'body', 'section', 'caseNumber', 'note'];

/** One organisation's own decision to accept the approved version (body, §, diaarinumero). */
export function AcceptanceFormModal({ view, actorId: chosen, choices, onClose, onSaved }: Props) {
  const { t, locale } = useI18n();
  const ta = t.matrices.acceptance;
  const [actorId, setActorId] = useState(chosen ?? '');
  const [values, setValues] = useState({ acceptedByName: '', acceptedOn: '', body: '', section: '', caseNumber: '', note: '' });
  const set = (key: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [key]: value }));
  const actorName = choices.find((column) => column.actorId === actorId)?.name ?? '';
  const { errors, formError, saving, submit } = useContractSubmit({
    method: 'acceptances.record',
    fields: FIELDS,
    locale,
    onSaved: () => onSaved(actorName),
    focusServerErrors: true,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const optional = (value: string) => value.trim() || null;
    const input = {
      versionId: view.version.id,
      actorId,
      acceptedByName: values.acceptedByName,
      acceptedOn: values.acceptedOn,
      body: optional(values.body),
      section: optional(values.section),
      caseNumber: optional(values.caseNumber),
      note: optional(values.note),
    };
    return submit(event, input, { validateAs: { ...input, actorId: actorId || undefined, acceptedOn: values.acceptedOn || undefined } });
  };
  return (
    <AppModal opened onClose={onClose} title={ta.recordTitle} size="xl">
      <form noValidate aria-label={ta.recordTitle} onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          <NativeSelect
            label={ta.actor}
            withAsterisk
            value={actorId}
            onChange={(event) => setActorId(event.currentTarget.value)}
            data={[{ value: '', label: '—' }, ...choices.map((column) => ({ value: column.actorId, label: column.name }))]}
            error={errors.actorId}
            maw={520}
          />
          <Group align="flex-start" gap="md" grow>
            <TextInput
              label={ta.acceptedBy}
              description={ta.acceptedByDescription}
              withAsterisk
              value={values.acceptedByName}
              onChange={(event) => set('acceptedByName')(event.currentTarget.value)}
              error={errors.acceptedByName}
            />
            <DateField label={ta.acceptedOn} withAsterisk value={values.acceptedOn} onChange={set('acceptedOn')} error={errors.acceptedOn} />
          </Group>
          <TextInput label={ta.body} placeholder={ta.bodyPlaceholder} value={values.body} onChange={(event) => set('body')(event.currentTarget.value)} error={errors.body} />
          <Group align="flex-start" gap="md" grow>
            <TextInput label={ta.sectionLabel} placeholder={ta.sectionPlaceholder} value={values.section} onChange={(event) => set('section')(event.currentTarget.value)} error={errors.section} />
            <TextInput label={ta.caseNumber} placeholder={ta.casePlaceholder} value={values.caseNumber} onChange={(event) => set('caseNumber')(event.currentTarget.value)} error={errors.caseNumber} />
          </Group>
          <Textarea label={ta.note} autosize minRows={2} maxRows={6} value={values.note} onChange={(event) => set('note')(event.currentTarget.value)} error={errors.note} />
          <FormFooter error={formError} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
