import { ActionIcon, Badge, Button, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowLeft, IconArrowRight, IconArrowUp, IconPencil, IconPlus, IconReplace, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { MatrixColumn, MatrixTask, MatrixView, RaciLetter } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { SectionCard } from '../../components/SectionCard';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { AddColumnModal } from './AddColumnModal';
import { afterEdits } from './grid/after-edits';
import { letterAt } from './grid/grid-model';
import type { MatrixEditor } from './grid/use-matrix-editor';
import { TaskFormModal } from './TaskFormModal';
import { TransferColumnModal } from './TransferColumnModal';

interface Props {
  view: MatrixView;
  editor: MatrixEditor;
  canEdit: boolean;
  onEditTask: (taskId: string) => void;
  onReload: () => void;
}

type Modal = 'addTask' | 'addColumn' | { transfer: MatrixColumn } | null;

const countLetters = (row: string | undefined) => (row ? [...row].filter((char) => char !== ' ').length : 0);

/** The rows and columns of a version: add, rename, mark statutory, move and remove (with undo). */
export function StructurePanel({ view, editor, canEdit, onEditTask, onReload }: Props) {
  const { t, format } = useI18n();
  const ts = t.matrices.structure;
  const notify = useNotify();
  const [modal, setModal] = useState<Modal>(null);
  const versionId = view.version.id;
  const matrixId = view.matrix.id;
  const closeModal = () => setModal(null);

  const run = async (action: () => Promise<unknown>, message?: string) => {
    try {
      await action();
      if (message) notify.success(message);
    } catch (error) {
      notify.actionError(error, onReload);
    }
  };

  /** Puts letters back after an undo; the rowVersion is the one the previous write left. */
  const restoreLetters = async (rowVersion: number, cells: Array<{ taskId: string; actorId: string; letter: RaciLetter }>) => {
    if (cells.length > 0) await call('matrices.setCells', { versionId, expectedVersion: rowVersion, cells });
  };

  /** The version's rowVersion now: an undo may run long after this screen last saw it. */
  const freshRowVersion = async () => (await call('matrices.get', { matrixId, versionId })).version.rowVersion;

  const lettersOfTask = (task: MatrixTask) =>
    view.columns.flatMap((column, index) => {
      const letter = letterAt(editor.letters.get(task.id), index);
      return letter ? [{ actorId: column.actorId, letter }] : [];
    });

  const lettersOfColumn = (column: MatrixColumn) => {
    const index = view.columns.indexOf(column);
    return view.tasks.flatMap((task) => {
      const letter = letterAt(editor.letters.get(task.id), index);
      return letter ? [{ taskId: task.id, letter }] : [];
    });
  };

  const moveTask = (task: MatrixTask, position: number) =>
    run(() => afterEdits(editor, (expectedVersion) => call('matrices.moveTask', { versionId, expectedVersion, taskId: task.id, position })));

  const removeTask = (task: MatrixTask, position: number) =>
    run(async () => {
      const letters = lettersOfTask(task);
      await afterEdits(editor, (expectedVersion) => call('matrices.removeTask', { versionId, expectedVersion, taskId: task.id }));
      notify.withUndo(format(ts.taskRemoved, { name: task.name }), () => {
        void run(async () => {
          const now = await call('matrices.get', { matrixId, versionId });
          const before = new Set(now.tasks.map((other) => other.id));
          const added = await call('matrices.addTask', {
            versionId,
            expectedVersion: now.version.rowVersion,
            name: task.names,
            nodeId: task.nodeId,
            statutory: task.statutory,
            position,
          });
          const again = added.tasks.find((other) => !before.has(other.id));
          if (again) await restoreLetters(added.version.rowVersion, letters.map((cell) => ({ ...cell, taskId: again.id })));
        }, format(ts.taskRestored, { name: task.name }));
      });
    });

  const moveColumn = (column: MatrixColumn, position: number) =>
    run(() => afterEdits(editor, (expectedVersion) => call('matrices.moveColumn', { versionId, expectedVersion, actorId: column.actorId, position })));

  const removeColumn = (column: MatrixColumn, position: number) =>
    run(async () => {
      const letters = lettersOfColumn(column);
      await afterEdits(editor, (expectedVersion) => call('matrices.removeColumn', { versionId, expectedVersion, actorId: column.actorId }));
      notify.withUndo(format(ts.columnRemoved, { name: column.name }), () => {
        void run(async () => {
          const added = await call('matrices.addColumn', { versionId, expectedVersion: await freshRowVersion(), actorId: column.actorId, position });
          await restoreLetters(added.version.rowVersion, letters.map((cell) => ({ ...cell, actorId: column.actorId })));
        }, format(ts.columnRestored, { name: column.name }));
      });
    });

  return (
    <Stack gap="lg">
      {!canEdit && <Text c="dimmed">{ts.frozen}</Text>}
      <SectionCard
        id="matrix-tasks"
        title={ts.tasksTitle}
        actions={
          canEdit && (
            <Button size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setModal('addTask')}>
              {ts.addTask}
            </Button>
          )
        }
      >
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6} striped>
            <Table.Caption>
              <VisuallyHidden>{ts.tasksCaption}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{ts.columnTask}</Table.Th>
                <Table.Th scope="col" w={130}>
                  {ts.columnLetters}
                </Table.Th>
                {canEdit && (
                  <Table.Th scope="col" w={200}>
                    {t.common.actions}
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.tasks.map((task, index) => {
                const count = countLetters(editor.letters.get(task.id));
                return (
                  <Table.Tr key={task.id}>
                    <Table.Th scope="row" fw={500}>
                      <Group gap={6}>
                        <LanguageMarkedText text={task.name} language={task.nameLanguage} />
                        {task.statutory && (
                          <Badge size="sm" variant="outline" tt="none">
                            {t.matrices.grid.statutory}
                          </Badge>
                        )}
                        {task.nodeId && (
                          <Text span size="xs" c="dimmed">
                            ({ts.processStep})
                          </Text>
                        )}
                      </Group>
                    </Table.Th>
                    <Table.Td>{count === 1 ? ts.lettersOne : format(ts.letters, { count })}</Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <IconButton label={format(t.matrices.structure.editTaskLabel, { name: task.name })} onClick={() => onEditTask(task.id)} icon={<IconPencil size={16} aria-hidden />} />
                          <IconButton label={format(ts.moveUpLabel, { name: task.name })} disabled={index === 0} onClick={() => void moveTask(task, index - 1)} icon={<IconArrowUp size={16} aria-hidden />} />
                          <IconButton
                            label={format(ts.moveDownLabel, { name: task.name })}
                            disabled={index === view.tasks.length - 1}
                            onClick={() => void moveTask(task, index + 1)}
                            icon={<IconArrowDown size={16} aria-hidden />}
                          />
                          <IconButton label={format(ts.removeTaskLabel, { name: task.name })} danger onClick={() => void removeTask(task, index)} icon={<IconTrash size={16} aria-hidden />} />
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </SectionCard>

      <SectionCard
        id="matrix-columns"
        title={ts.columnsTitle}
        actions={
          canEdit && (
            <Button size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setModal('addColumn')}>
              {ts.addColumn}
            </Button>
          )
        }
      >
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6} striped>
            <Table.Caption>
              <VisuallyHidden>{ts.columnsCaption}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{ts.columnActor}</Table.Th>
                <Table.Th scope="col" w={130}>
                  {ts.columnLetters}
                </Table.Th>
                {canEdit && (
                  <Table.Th scope="col" w={320}>
                    {t.common.actions}
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.columns.map((column, index) => {
                const count = lettersOfColumn(column).length;
                return (
                  <Table.Tr key={column.actorId}>
                    <Table.Th scope="row" fw={500}>
                      <Group gap={6}>
                        <LanguageMarkedText text={column.name} language={column.nameLanguage} />
                        {column.superseded && (
                          <Badge size="sm" variant="outline" color="gray.8" tt="none">
                            {t.matrices.grid.superseded}
                          </Badge>
                        )}
                        {column.archived && (
                          <Badge size="sm" variant="outline" color="gray.8" tt="none">
                            {t.matrices.grid.archived}
                          </Badge>
                        )}
                        {!column.isPublicAuthority && (
                          <Text span size="xs" c="dimmed">
                            ({t.matrices.grid.notAuthority})
                          </Text>
                        )}
                      </Group>
                    </Table.Th>
                    <Table.Td>{count === 1 ? ts.lettersOne : format(ts.letters, { count })}</Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <IconButton label={format(ts.moveLeftLabel, { name: column.name })} disabled={index === 0} onClick={() => void moveColumn(column, index - 1)} icon={<IconArrowLeft size={16} aria-hidden />} />
                          <IconButton
                            label={format(ts.moveRightLabel, { name: column.name })}
                            disabled={index === view.columns.length - 1}
                            onClick={() => void moveColumn(column, index + 1)}
                            icon={<IconArrowRight size={16} aria-hidden />}
                          />
                          <IconButton label={format(ts.removeColumnLabel, { name: column.name })} danger onClick={() => void removeColumn(column, index)} icon={<IconTrash size={16} aria-hidden />} />
                          {column.superseded && (
                            <Button
                              size="compact-sm"
                              variant="outline"
                              leftSection={<IconReplace size={14} aria-hidden />}
                              aria-label={format(ts.transferLabel, { name: column.name })}
                              onClick={() => setModal({ transfer: column })}
                            >
                              {ts.transfer}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </SectionCard>

      {modal === 'addTask' && (
        <TaskFormModal
          versionId={versionId}
          editor={editor}
          tasks={view.tasks}
          onClose={closeModal}
          onReload={onReload}
          onSaved={(result) => {
            closeModal();
            const added = result.tasks.find((task) => !view.tasks.some((other) => other.id === task.id));
            notify.success(format(ts.taskAdded, { name: added?.name ?? '' }));
          }}
        />
      )}
      {modal === 'addColumn' && (
        <AddColumnModal
          versionId={versionId}
          editor={editor}
          columns={view.columns}
          onClose={closeModal}
          onReload={onReload}
          onSaved={(name) => {
            closeModal();
            notify.success(format(ts.columnAdded, { name }));
          }}
        />
      )}
      {modal !== null && typeof modal === 'object' && (
        <TransferColumnModal
          versionId={versionId}
          editor={editor}
          column={modal.transfer}
          onClose={closeModal}
          onReload={onReload}
          onSaved={() => {
            closeModal();
            notify.success(ts.transferDone);
          }}
        />
      )}
    </Stack>
  );
}

function IconButton({ label, icon, onClick, disabled, danger }: { label: string; icon: ReactNode; onClick: () => void; disabled?: boolean; danger?: boolean }) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="default" color={danger ? 'red.9' : undefined} aria-label={label} onClick={onClick} disabled={disabled} size="lg">
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}
