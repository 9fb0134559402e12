import { Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Finding } from '../../../src-main/api/contract/index';
import { call as callCore } from '../../api/client';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { FormFooter } from '../../components/FormFooter';
import { useI18n } from '../../i18n/use-i18n';
import type { EditorActions } from './grid/use-matrix-editor';

interface Props {
  versionId: string;
  finding: Finding;
  message: string;
  actions: EditorActions;
  onClose: () => void;
  onSaved: () => void;
  onReload: () => void;
}

/** Accept a warning with a reason that is kept on record (the result updates the grid in place). */
export function AcceptWarningModal({ versionId, finding, message, actions: editor, onClose, onSaved, onReload }: Props) {
  const { t, locale } = useI18n();
  const tf = t.matrices.findings;
  const [reason, setReason] = useState('');
  const { errors, formError, saving, submit } = useContractSubmit({
    method: 'matrices.acceptWarning',
    fields: ['reason'],
    locale,
    // after the cell edits still being saved, with the rowVersion they left
    send: async (input) => {
      await editor.settled();
      return callCore('matrices.acceptWarning', { ...input, expectedVersion: editor.currentRowVersion() });
    },
    onSaved: (result) => {
      editor.applyResult(result);
      onSaved();
    },
    focusServerErrors: true,
  });
  return (
    <AppModal opened onClose={onClose} title={tf.acceptTitle} size="lg">
      <form
        noValidate
        aria-label={tf.acceptTitle}
        onSubmit={(event) =>
          void submit(event, {
            versionId,
            expectedVersion: editor.currentRowVersion(),
            code: finding.code,
            taskId: finding.taskId,
            actorId: finding.actorId,
            reason,
          })
        }
      >
        <Stack gap="md">
          <Text fw={600}>{message}</Text>
          <Text size="sm">{tf.acceptText}</Text>
          <Textarea label={tf.reason} withAsterisk autosize minRows={3} maxRows={8} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={errors.reason} data-autofocus />
          <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
