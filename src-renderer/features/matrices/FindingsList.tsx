import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconCircleCheck, IconFocus2 } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Finding, MatrixColumn, MatrixTask } from '../../../src-main/api/contract/index';
import { call as callCore } from '../../api/client';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { AcceptWarningModal } from './AcceptWarningModal';
import { findingKey, findingMessage } from './finding-message';
import type { MatrixEditor } from './grid/use-matrix-editor';

interface Props {
  versionId: string;
  tasks: readonly MatrixTask[];
  columns: readonly MatrixColumn[];
  editor: MatrixEditor;
  canEdit: boolean;
  onShow: (finding: Finding) => void;
  onReload: () => void;
}

const RANK = (finding: Finding) => (finding.severity === 'error' ? 0 : finding.acceptedReason === null ? 1 : 2);

/** The checks' findings under the grid: errors first, then open and accepted warnings, in task order. */
export function FindingsList({ versionId, tasks, columns, editor, canEdit, onShow, onReload }: Props) {
  const { t, format } = useI18n();
  const tf = t.matrices.findings;
  const notify = useNotify();
  const [accepting, setAccepting] = useState<{ finding: Finding; message: string } | null>(null);
  const names = useMemo(
    () => ({ tasks: new Map(tasks.map((task) => [task.id, task])), columns: new Map(columns.map((column) => [column.actorId, column])) }),
    [tasks, columns],
  );
  const findings = useMemo(() => [...editor.findings].sort((a, b) => RANK(a) - RANK(b)), [editor.findings]);

  const withdraw = async (finding: Finding) => {
    try {
      await editor.settled();
      const result = await callCore('matrices.withdrawAcceptance', {
        versionId,
        expectedVersion: editor.currentRowVersion(),
        code: finding.code,
        taskId: finding.taskId,
        actorId: finding.actorId,
      });
      editor.applyResult(result);
      notify.success(tf.withdrawn);
    } catch (error) {
      notify.actionError(error, onReload);
    }
  };

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
              <Table.Th scope="col" w={190}>
                {tf.columnSeverity}
              </Table.Th>
              <Table.Th scope="col">{tf.columnMessage}</Table.Th>
              <Table.Th scope="col" w={380}>
                {tf.columnActions}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {findings.map((finding) => {
              const message = findingMessage(finding, tf, names);
              const accepted = finding.acceptedReason !== null;
              return (
                <Table.Tr key={findingKey(finding)} data-finding={finding.code}>
                  <Table.Td>
                    {finding.severity === 'error' ? (
                      <Badge color="red.9" variant="filled" tt="none" leftSection={<IconAlertCircle size={14} aria-hidden />}>
                        {tf.error}
                      </Badge>
                    ) : accepted ? (
                      <Badge color="gray.8" variant="outline" tt="none" leftSection={<IconCircleCheck size={14} aria-hidden />}>
                        {tf.accepted}
                      </Badge>
                    ) : (
                      <Badge color="yellow.9" variant="filled" tt="none" c="white" leftSection={<IconAlertTriangle size={14} aria-hidden />} style={{ backgroundColor: '#7a4f00' }}>
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
                        <Button size="compact-sm" variant="outline" aria-label={format(tf.acceptLabel, { message })} onClick={() => setAccepting({ finding, message })}>
                          {tf.accept}
                        </Button>
                      )}
                      {canEdit && accepted && (
                        <Button size="compact-sm" variant="outline" color="red.9" aria-label={format(tf.withdrawLabel, { message })} onClick={() => void withdraw(finding)}>
                          {tf.withdraw}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {accepting && (
        <AcceptWarningModal
          versionId={versionId}
          finding={accepting.finding}
          message={accepting.message}
          editor={editor}
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
}
