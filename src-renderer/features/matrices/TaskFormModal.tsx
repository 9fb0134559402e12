import { Checkbox, NativeSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import type { LocalizedText, MatrixTask, MatrixView } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { FormFooter } from '../../components/FormFooter';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { useI18n } from '../../i18n/use-i18n';
import { afterEdits } from './grid/after-edits';
import type { MatrixEditor } from './grid/use-matrix-editor';

interface Props {
  versionId: string;
  editor: MatrixEditor;
  /** the task to rename; without it a new task is added */
  task?: MatrixTask;
  tasks: readonly MatrixTask[];
  onClose: () => void;
  onSaved: (view: MatrixView) => void;
  onReload: () => void;
}

const FIELDS = ['name', 'name.fi', 'name.sv', 'name.en', 'statutory'];

/** Add a row to a draft, or rename one and mark it statutory. */
export function TaskFormModal({ versionId, editor, task, tasks, onClose, onSaved, onReload }: Props) {
  const { t, locale, format } = useI18n();
  const ts = t.matrices.structure;
  const [name, setName] = useState<LocalizedText>(task?.names ?? { fi: '', sv: '', en: '' });
  const [statutory, setStatutory] = useState(task?.statutory ?? false);
  const [position, setPosition] = useState(String(tasks.length));
  const title = task ? ts.editTask : ts.addTaskTitle;
  const update = useContractSubmit({
    method: 'matrices.updateTask',
    fields: FIELDS,
    locale,
    send: (input) => afterEdits(editor, (expectedVersion) => call('matrices.updateTask', { ...input, expectedVersion })),
    onSaved,
    focusServerErrors: true,
  });
  const add = useContractSubmit({
    method: 'matrices.addTask',
    fields: FIELDS,
    locale,
    send: (input) => afterEdits(editor, (expectedVersion) => call('matrices.addTask', { ...input, expectedVersion })),
    onSaved,
    focusServerErrors: true,
  });
  const { errors, formError, saving } = task ? update : add;

  return (
    <AppModal opened onClose={onClose} title={title} size="xl">
      <form
        noValidate
        aria-label={title}
        onSubmit={(event) => {
          const base = { versionId, expectedVersion: editor.currentRowVersion(), name, statutory };
          void (task ? update.submit(event, { ...base, taskId: task.id }) : add.submit(event, { ...base, position: Number(position) }));
        }}
      >
        <Stack gap="md">
          <LocalizedTextFields legend={ts.taskName} path="name" labels={ts.taskNameLabels} value={name} onChange={setName} errors={errors} />
          <Checkbox
            label={ts.statutory}
            description={ts.statutoryDescription}
            checked={statutory}
            onChange={(event) => setStatutory(event.currentTarget.checked)}
            error={errors.statutory}
          />
          {!task && tasks.length > 0 && (
            <NativeSelect
              label={ts.position}
              value={position}
              onChange={(event) => setPosition(event.currentTarget.value)}
              data={[
                { value: String(tasks.length), label: ts.positionEnd },
                ...tasks.slice(0, -1).map((other, index) => ({ value: String(index + 1), label: format(ts.positionAfter, { name: other.name }) })),
              ]}
              maw={520}
            />
          )}
          <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
