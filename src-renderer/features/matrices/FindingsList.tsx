import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconCircleCheck, IconFocus2 } from '@tabler/icons-react';
import { memo, useCallback, useMemo, useState } from 'react';
import type { Finding, MatrixColumn, MatrixTask } from '../../../src-main/api/contract/index';
import { call as callCore } from '../../api/client';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { AcceptWarningModal } from './AcceptWarningModal';
import { findingKey, findingMessage } from './finding-message';
import type { EditorActions } from './grid/use-matrix-editor';

interface Props {
  versionId: string;
  tasks: readonly MatrixTask[];
  columns: readonly MatrixColumn[];
  findings: readonly Finding[];
  actions: EditorActions;
  canEdit: boolean;
  onShow: (finding: Finding) => void;
  onReload: () => void;
}

const RANK = (finding: Finding) => (finding.severity === 'error' ? 0 : finding.acceptedReason === null ? 1 : 2);

/** The checks' findings under the grid: errors first, then open and accepted warnings, in task order. */
export const FindingsList = memo(function FindingsList({ versionId, tasks, columns, findings: unsorted, actions, canEdit, onShow, onReload }: Props) {
  const { t } = useI18n();
  const tf = t.matrices.findings;
  const notify = useNotify();
  const [accepting, setAccepting] = useState<{ finding: Finding; message: string } | null>(null);
  const names = useMemo(
    () => ({ tasks: new Map(tasks.map((task) => [task.id, task])), columns: new Map(columns.map((column) => [column.actorId, column])) }),
    [tasks, columns],
  );
  const findings = useMemo(() => [...unsorted].sort((a, b) => RANK(a) - RANK(b)), [unsorted]);

  const withdraw = useCallback(
    async (finding: Finding) => {
      try {
        await actions.settled();
        const result = await callCore('matrices.withdrawAcceptance', {
          versionId,
          expectedVersion: actions.currentRowVersion(),
          code: finding.code,
          taskId: finding.taskId,
          actorId: finding.actorId,
        });
        actions.applyResult(result);
        notify.success(tf.withdrawn);
      } catch (error) {
        notify.actionError(error, onReload);
      }
    },
    [actions, versionId, notify, tf, onReload],
  );
  const accept = useCallback((finding: Finding, message: string) => setAccepting({ finding, message }), []);

  if (findings.length === 0) {
    return (
      <Group gap="xs">
        <IconCircleCheck size={20} aria-hidden color="var(--mantine-color-green-9)" />
        <Text>{tf.none}</Text>
      </Group>
    );
  }

  return (
    <>
      <Table.ScrollContainer minWidth={700}>
        <Table verticalSpacing="xs" striped>
          <Table.Caption>
            <VisuallyHidden>{tf.tableCaption}</VisuallyHidden>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {/* The severity column is as wide as its badge and the actions at most 300 px, so the
                  finding's sentence keeps room on a 1024-pixel laptop instead of one word a line. */}
              <Table.Th scope="col" w="1%">
                {tf.columnSeverity}
              </Table.Th>
              <Table.Th scope="col">{tf.columnMessage}</Table.Th>
              <Table.Th scope="col" w={300}>
                {tf.columnActions}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {findings.map((finding) => (
              <FindingRow
                key={findingKey(finding)}
                finding={finding}
                message={findingMessage(finding, tf, names)}
                canEdit={canEdit}
                onShow={onShow}
                onAccept={accept}
                onWithdraw={withdraw}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {accepting && (
        <AcceptWarningModal
          versionId={versionId}
          finding={accepting.finding}
          message={accepting.message}
          actions={actions}
          onClose={() => setAccepting(null)}
          onReload={onReload}
          onSaved={() => {
            setAccepting(null);
            notify.success(tf.acceptedDone);
          }}
        />
      )}
    </>
  );
});

interface RowProps {
  finding: Finding;
  message: string;
  canEdit: boolean;
  onShow: (finding: Finding) => void;
  onAccept: (finding: Finding, message: string) => void;
  onWithdraw: (finding: Finding) => Promise<void>;
}

/**
 * One finding. Each cell edit brings a fresh list of findings; a row is drawn again only when its
 * own finding changed in substance, not merely arrived as a new object.
 */
const sameRow = (a: RowProps, b: RowProps) =>
  a.message === b.message &&
  a.canEdit === b.canEdit &&
  a.finding.severity === b.finding.severity &&
  a.finding.acceptedReason === b.finding.acceptedReason &&
  findingKey(a.finding) === findingKey(b.finding) &&
  a.onShow === b.onShow &&
  a.onAccept === b.onAccept &&
  a.onWithdraw === b.onWithdraw;

/** A badge's label may otherwise shrink to nothing in a narrow column. */
const UNSQUEEZED = { minWidth: 'max-content' } as const;

const FindingRow = memo(function FindingRow({ finding, message, canEdit, onShow, onAccept, onWithdraw }: RowProps) {
  const { t, format } = useI18n();
  const tf = t.matrices.findings;
  const accepted = finding.acceptedReason !== null;
  return (
    <Table.Tr data-finding={finding.code}>
      <Table.Td>
        {finding.severity === 'error' ? (
          <Badge color="red.9" variant="filled" tt="none" style={UNSQUEEZED} leftSection={<IconAlertCircle size={14} aria-hidden />}>
            {tf.error}
          </Badge>
        ) : accepted ? (
          <Badge color="gray.8" variant="outline" tt="none" style={UNSQUEEZED} leftSection={<IconCircleCheck size={14} aria-hidden />}>
            {tf.accepted}
          </Badge>
        ) : (
          <Badge color="#7a4f00" variant="filled" tt="none" style={UNSQUEEZED} leftSection={<IconAlertTriangle size={14} aria-hidden />}>
            {tf.warning}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm">{message}</Text>
          {accepted && (
            <Text size="sm" c="dimmed">
              {format(tf.acceptedReason, { reason: finding.acceptedReason ?? '' })}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          <Button size="compact-sm" variant="subtle" leftSection={<IconFocus2 size={16} aria-hidden />} aria-label={format(tf.showLabel, { message })} onClick={() => onShow(finding)}>
            {tf.show}
          </Button>
          {canEdit && finding.severity === 'warning' && !accepted && (
            <Button size="compact-sm" variant="outline" aria-label={format(tf.acceptLabel, { message })} onClick={() => onAccept(finding, message)}>
              {tf.accept}
            </Button>
          )}
          {canEdit && accepted && (
            <Button size="compact-sm" variant="outline" color="red.9" aria-label={format(tf.withdrawLabel, { message })} onClick={() => void onWithdraw(finding)}>
              {tf.withdraw}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}, sameRow);
