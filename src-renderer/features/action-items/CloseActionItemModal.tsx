import { Radio, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ActionItemView } from '../../../src-main/api/contract/index';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { DateField } from '../../components/DateField';
import { FormFooter } from '../../components/FormFooter';
import { useI18n } from '../../i18n/use-i18n';

interface Props {
  item: ActionItemView;
  /** the closing day offered first (the meeting's day in a meeting, today in the overview) */
  defaultDate: string;
  onClose: () => void;
  onSaved: (item: ActionItemView) => void;
  onReload?: () => void;
}

/** Closes an action item: done or dropped, on which day, with an optional note. */
export function CloseActionItemModal({ item, defaultDate, onClose, onSaved, onReload }: Props) {
  const { t, locale, format } = useI18n();
  const ti = t.meetingRecord.actionItems;
  const [status, setStatus] = useState<'done' | 'dropped'>('done');
  const [closedOn, setClosedOn] = useState(defaultDate);
  const [note, setNote] = useState('');
  const { errors, formError, saving, submit } = useContractSubmit({
    method: 'actionItems.close',
    fields: ['status', 'closedOn', 'closingNote'],
    locale,
    onSaved,
    focusServerErrors: true,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const input = { id: item.id, expectedVersion: item.rowVersion, status, closedOn, closingNote: note.trim() || null };
    return submit(event, input, { validateAs: { ...input, closedOn: closedOn || undefined } });
  };
  return (
    <AppModal opened onClose={onClose} title={ti.closeTitle} size="lg">
      <form noValidate aria-label={ti.closeTitle} onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          <Text fw={500}>{format(ti.closeWhat, { title: item.title })}</Text>
          <Radio.Group label={ti.closeAs} value={status} onChange={(value) => setStatus(value === 'dropped' ? 'dropped' : 'done')}>
            <Stack gap="xs" mt={6}>
              <Radio value="done" label={ti.closeDone} />
              <Radio value="dropped" label={ti.closeDropped} description={ti.closeDroppedDescription} />
            </Stack>
          </Radio.Group>
          <DateField label={ti.closedOnLabel} withAsterisk value={closedOn} onChange={setClosedOn} error={errors.closedOn} />
          <Textarea label={ti.closingNoteLabel} autosize minRows={2} maxRows={6} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={errors.closingNote} />
          <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={onClose} submitLabel={ti.closeSubmit} />
        </Stack>
      </form>
    </AppModal>
  );
}
