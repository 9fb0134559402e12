import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { AgendaItemView, DecisionView } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { hrefFor } from '../../app/router';
import { useOpenFile } from '../../app/SessionContext';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { ConfirmModal } from './ConfirmModal';
import { type DecisionAction, DecisionEntry } from './DecisionEntry';
import { DecisionFormModal } from './DecisionFormModal';
import { decisionReference } from './decision-reference';
import type { MeetingPanelProps } from './meeting-panel-props';
import { RecordLockNote, recordIsOpen } from './RecordLockNote';
import { useMeetingWrite } from './use-meeting-write';

type Open = { kind: 'create'; item: AgendaItemView } | { kind: DecisionAction; item: AgendaItemView; decision: DecisionView } | null;

/**
 * The decisions (päätökset) under each § item. A decision on a matrix version is carried out
 * separately, after a confirmation that says what will happen to the version.
 */
export function DecisionsPanel({ meeting, onChange }: MeetingPanelProps) {
  const { t, format, date } = useI18n();
  const td = t.meetingRecord.decisions;
  const file = useOpenFile();
  const notify = useNotify();
  const write = useMeetingWrite(meeting, onChange);
  const [open, setOpen] = useState<Open>(null);
  const writable = !file.readOnly && recordIsOpen(meeting);
  const close = () => setOpen(null);

  const confirmed = (message: string) => (changed: typeof meeting) => {
    setOpen(null);
    onChange(changed);
    notify.success(message);
  };

  return (
    <Stack gap="md">
      <RecordLockNote meeting={meeting} />
      <Text size="sm" maw={900}>
        {td.intro}
      </Text>
      {meeting.agenda.length === 0 && <Text>{td.noAgenda}</Text>}
      {meeting.agenda.map((item) => {
        const decisions = meeting.decisions.filter((decision) => decision.agendaItemId === item.id).sort((a, b) => a.sortOrder - b.sortOrder);
        const headingId = `decisions-${item.id}`;
        const heading = `${item.sectionLabel || td.noNumber} ${item.title}`;
        return (
          <Paper key={item.id} withBorder p="md" component="section" aria-labelledby={headingId}>
            <Stack gap="sm">
              <Group justify="space-between" align="center">
                <Title order={2} size="h5" id={headingId}>
                  {item.sectionLabel ? `${item.sectionLabel} ` : ''}
                  {item.title}
                </Title>
                {writable && (
                  <Button size="compact-sm" variant="default" leftSection={<IconPlus size={14} aria-hidden />} aria-label={format(td.addLabel, { item: heading })} onClick={() => setOpen({ kind: 'create', item })}>
                    {td.add}
                  </Button>
                )}
              </Group>
              {item.matrixVersion && (
                <Anchor href={hrefFor({ name: 'matrix', id: item.matrixVersion.matrixId, versionId: item.matrixVersion.id })} size="sm">
                  {format(td.linkedMatrix, {
                    matrix: item.matrixVersion.matrixName,
                    number: item.matrixVersion.number,
                    status: t.matrices.status[item.matrixVersion.status as 'approved'] ?? item.matrixVersion.status,
                  })}
                </Anchor>
              )}
              {decisions.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {td.noDecisions}
                </Text>
              ) : (
                <Stack component="ul" gap="xs" p={0} m={0}>
                  {decisions.map((decision) => (
                    <DecisionEntry key={decision.id} decision={decision} writable={writable} onAction={(action) => setOpen({ kind: action, item, decision })} />
                  ))}
                </Stack>
              )}
            </Stack>
          </Paper>
        );
      })}

      {open?.kind === 'create' && <DecisionFormModal item={open.item} onClose={close} onSaved={confirmed(td.created)} />}
      {open?.kind === 'edit' && <DecisionFormModal item={open.item} decision={open.decision} onClose={close} onSaved={confirmed(td.updated)} />}
      {open?.kind === 'apply' && (
        <ConfirmModal
          title={td.applyTitle}
          confirmLabel={td.apply}
          note={open.decision.kind === 'accept_matrix_version' ? td.applyAcceptHonest : undefined}
          onClose={close}
          onReload={() => void write.reload()}
          onConfirm={async () => confirmed(td.appliedNotice)(await call('decisions.apply', { decisionId: open.decision.id, expectedVersion: open.decision.rowVersion }))}
        >
          <Stack gap="xs">
            <Text fw={500}>
              {format(open.decision.kind === 'approve_matrix_version' ? td.applyApprove : td.applyAccept, {
                matrix: open.decision.matrixVersion?.matrixName ?? '',
                number: open.decision.matrixVersion?.number ?? '',
                actor: open.decision.actor?.name ?? '',
                reference: decisionReference(t, meeting, open.item),
              })}
            </Text>
            {open.decision.kind === 'approve_matrix_version' && <Text size="sm">{format(td.applyApproveDetail, { date: date(meeting.date) })}</Text>}
          </Stack>
        </ConfirmModal>
      )}
      {open?.kind === 'withdraw' && (
        <ConfirmModal
          title={td.withdrawTitle}
          confirmLabel={td.withdraw}
          note={td.withdrawNote}
          onClose={close}
          onReload={() => void write.reload()}
          onConfirm={async () => confirmed(td.withdrawn)(await call('decisions.withdraw', { decisionId: open.decision.id, expectedVersion: open.decision.rowVersion }))}
        >
          {format(open.decision.kind === 'approve_matrix_version' ? td.withdrawApprove : td.withdrawAccept, {
            matrix: open.decision.matrixVersion?.matrixName ?? '',
            number: open.decision.matrixVersion?.number ?? '',
            actor: open.decision.actor?.name ?? '',
          })}
        </ConfirmModal>
      )}
      {open?.kind === 'remove' && (
        <ConfirmModal
          title={td.removeTitle}
          confirmLabel={td.remove}
          danger
          onClose={close}
          onReload={() => void write.reload()}
          onConfirm={async () => confirmed(td.removed)(await call('decisions.remove', { decisionId: open.decision.id, expectedVersion: open.decision.rowVersion }))}
        >
          {format(td.removeText, { text: open.decision.text })}
        </ConfirmModal>
      )}
    </Stack>
  );
}
