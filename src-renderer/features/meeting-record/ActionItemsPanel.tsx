import { Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ActionItemView } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { useOpenFile } from '../../app/SessionContext';
import { localToday } from '../../components/local-today';
import { SectionCard } from '../../components/SectionCard';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { ActionItemFormModal } from '../action-items/ActionItemFormModal';
import { type ActionItemAction, ActionItemTable } from '../action-items/ActionItemTable';
import { CloseActionItemModal } from '../action-items/CloseActionItemModal';
import { ConfirmModal } from './ConfirmModal';
import type { MeetingPanelProps } from './meeting-panel-props';
import { RecordLockNote, recordIsOpen } from './RecordLockNote';
import { useMeetingWrite } from './use-meeting-write';

type Open = { kind: 'create' } | { kind: ActionItemAction; item: ActionItemView } | null;

/**
 * The meeting's action items (tehtävät): those agreed here, and the open ones of earlier meetings
 * that this meeting goes through ("Avoimet tehtävät"), with how often each has been carried.
 */
export function ActionItemsPanel({ meeting, onChange }: MeetingPanelProps) {
  const { t, format } = useI18n();
  const ti = t.meetingRecord.actionItems;
  const file = useOpenFile();
  const notify = useNotify();
  const write = useMeetingWrite(meeting, onChange);
  const [open, setOpen] = useState<Open>(null);
  // Items are added to an open record only, but followed up (closed, reopened, edited) at any time.
  const writable = !file.readOnly && recordIsOpen(meeting);
  const followUp = !file.readOnly;
  const today = localToday();
  // An item closed at the meeting is closed on its day; one closed later, on the day it is recorded.
  const closingDay = meeting.date <= today ? meeting.date : today;
  const close = () => setOpen(null);

  const onAction = (action: ActionItemAction, item: ActionItemView) => {
    if (action === 'reopen') {
      void write.run(() => call('actionItems.reopen', { id: item.id, expectedVersion: item.rowVersion }), format(ti.reopened, { title: item.title }));
      return;
    }
    setOpen({ kind: action, item });
  };
  const afterItemSaved = (message: string) => () => {
    setOpen(null);
    notify.success(message);
    void write.reload();
  };

  return (
    <Stack gap="lg">
      <RecordLockNote meeting={meeting} />
      <SectionCard
        id="action-items-here"
        title={ti.madeHere}
        actions={
          writable && (
            <Button size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setOpen({ kind: 'create' })}>
              {ti.add}
            </Button>
          )
        }
      >
        {meeting.actionItems.length === 0 ? (
          <Text>{ti.madeHereNone}</Text>
        ) : (
          <ActionItemTable items={meeting.actionItems} caption={ti.captionHere} actions={writable ? ['close', 'reopen', 'edit', 'remove'] : followUp ? ['close', 'reopen', 'edit'] : []} onAction={onAction} busy={write.busy} />
        )}
      </SectionCard>
      <SectionCard id="action-items-carried" title={ti.carried}>
        <Text size="sm" maw={900}>
          {ti.carriedIntro}
        </Text>
        {meeting.carriedActionItems.length === 0 ? (
          <Text>{ti.carriedNone}</Text>
        ) : (
          <ActionItemTable
            items={meeting.carriedActionItems}
            caption={ti.captionCarried}
            showMeeting
            showCarried
            actions={followUp ? ['close', 'reopen'] : []}
            onAction={onAction}
            busy={write.busy}
          />
        )}
      </SectionCard>

      {open?.kind === 'create' && (
        <ActionItemFormModal
          meeting={meeting}
          onClose={close}
          onSaved={(changed) => {
            setOpen(null);
            onChange(changed);
            notify.success(ti.created);
          }}
        />
      )}
      {open?.kind === 'edit' && <ActionItemFormModal item={open.item} onClose={close} onSaved={afterItemSaved(ti.updated)} />}
      {open?.kind === 'close' && (
        <CloseActionItemModal item={open.item} defaultDate={closingDay} onClose={close} onReload={() => void write.reload()} onSaved={afterItemSaved(format(ti.closed, { title: open.item.title }))} />
      )}
      {open?.kind === 'remove' && (
        <ConfirmModal
          title={ti.removeTitle}
          confirmLabel={ti.remove}
          danger
          onClose={close}
          onReload={() => void write.reload()}
          onConfirm={async () => {
            onChange(await call('actionItems.remove', { id: open.item.id, expectedVersion: open.item.rowVersion }));
            setOpen(null);
            notify.success(ti.removed);
          }}
        >
          {format(ti.removeText, { title: open.item.title })}
        </ConfirmModal>
      )}
    </Stack>
  );
}
