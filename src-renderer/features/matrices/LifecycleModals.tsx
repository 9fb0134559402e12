import { Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { MatrixVersionSummary, MatrixView } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { DateField } from '../../components/DateField';
import { FormFooter } from '../../components/FormFooter';
import { localToday } from '../../components/local-today';
import { useI18n } from '../../i18n/use-i18n';
import { afterEdits } from './grid/after-edits';
import type { MatrixEditor } from './grid/use-matrix-editor';

interface VersionModalProps {
  version: MatrixVersionSummary;
  editor: MatrixEditor;
  onClose: () => void;
  onSaved: (view: MatrixView) => void;
  onReload: () => void;
}

export function SendToReviewModal({ version, editor, onClose, onSaved, onReload }: VersionModalProps) {
  const { t, locale } = useI18n();
  const tl = t.matrices.lifecycle;
  const [deadline, setDeadline] = useState('');
  const { errors, formError, saving, submit } = useContractSubmit({
    method: 'matrices.sendToReview',
    fields: ['reviewDeadline'],
    locale,
    send: (input) => afterEdits(editor, (expectedVersion) => call('matrices.sendToReview', { ...input, expectedVersion })),
    onSaved,
  });
  return (
    <AppModal opened onClose={onClose} title={tl.sendToReviewTitle} size="lg">
      <form
        noValidate
        aria-label={tl.sendToReviewTitle}
        onSubmit={(event) => void submit(event, { versionId: version.id, expectedVersion: editor.currentRowVersion(), reviewDeadline: deadline || null })}
      >
        <Stack gap="md">
          <Text size="sm">{tl.sendToReviewText}</Text>
          <DateField label={tl.reviewDeadline} description={tl.reviewDeadlineDescription} value={deadline} onChange={setDeadline} error={errors.reviewDeadline} />
          <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={onClose} submitLabel={tl.send} />
        </Stack>
      </form>
    </AppModal>
  );
}

export function ApproveModal({ version, editor, onClose, onSaved, onReload }: VersionModalProps) {
  const { t, locale } = useI18n();
  const tl = t.matrices.lifecycle;
  const [approvedOn, setApprovedOn] = useState(localToday);
  const [reference, setReference] = useState('');
  const { errors, formError, saving, submit } = useContractSubmit({
    method: 'matrices.approve',
    fields: ['approvedOn', 'approvalReference'],
    locale,
    send: (input) => afterEdits(editor, (expectedVersion) => call('matrices.approve', { ...input, expectedVersion })),
    onSaved,
    focusServerErrors: true,
  });
  return (
    <AppModal opened onClose={onClose} title={tl.approveTitle} size="lg">
      <form
        noValidate
        aria-label={tl.approveTitle}
        onSubmit={(event) =>
          void submit(event, { versionId: version.id, expectedVersion: editor.currentRowVersion(), approvedOn, approvalReference: reference.trim() || null })
        }
      >
        <Stack gap="md">
          <Text size="sm">{tl.approveText}</Text>
          <DateField label={tl.approvedOn} withAsterisk value={approvedOn} onChange={setApprovedOn} error={errors.approvedOn} />
          <TextInput
            label={tl.approvalReference}
            description={tl.approvalReferenceDescription}
            value={reference}
            onChange={(event) => setReference(event.currentTarget.value)}
            error={errors.approvalReference}
          />
          <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={onClose} submitLabel={tl.approveSubmit} />
        </Stack>
      </form>
    </AppModal>
  );
}

export function ReturnToDraftModal({ version, editor, onClose, onSaved, onReload }: VersionModalProps) {
  const { t, locale } = useI18n();
  const tl = t.matrices.lifecycle;
  const { formError, saving, submit } = useContractSubmit({
    method: 'matrices.returnToDraft',
    fields: [],
    locale,
    send: (input) => afterEdits(editor, (expectedVersion) => call('matrices.returnToDraft', { ...input, expectedVersion })),
    onSaved,
  });
  return (
    <AppModal opened onClose={onClose} title={tl.returnToDraftTitle} size="lg">
      <form noValidate aria-label={tl.returnToDraftTitle} onSubmit={(event) => void submit(event, { versionId: version.id, expectedVersion: editor.currentRowVersion() })}>
        <Stack gap="md">
          <Text size="sm">{tl.returnToDraftText}</Text>
          <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={onClose} submitLabel={tl.returnToDraft} />
        </Stack>
      </form>
    </AppModal>
  );
}

export function NewDraftModal({ matrixId, version, onClose, onSaved }: { matrixId: string; version: MatrixVersionSummary; onClose: () => void; onSaved: (view: MatrixView) => void }) {
  const { t, locale, format } = useI18n();
  const tl = t.matrices.lifecycle;
  const [note, setNote] = useState('');
  const [validOn, setValidOn] = useState('');
  const { errors, formError, saving, submit } = useContractSubmit({ method: 'matrices.newDraft', fields: ['note', 'validOn'], locale, onSaved, focusServerErrors: true });
  return (
    <AppModal opened onClose={onClose} title={tl.newDraftTitle} size="lg">
      <form
        noValidate
        aria-label={tl.newDraftTitle}
        onSubmit={(event) => void submit(event, { matrixId, fromVersionId: version.id, note: note.trim() || null, validOn: validOn || null })}
      >
        <Stack gap="md">
          <Text size="sm">{format(tl.newDraftText, { number: version.number })}</Text>
          <DateField label={tl.newDraftValidOn} description={tl.newDraftValidOnDescription} value={validOn} onChange={setValidOn} error={errors.validOn} />
          <Textarea label={tl.newDraftNote} autosize minRows={2} maxRows={6} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={errors.note} />
          <FormFooter error={formError} saving={saving} onCancel={onClose} submitLabel={tl.newDraft} />
        </Stack>
      </form>
    </AppModal>
  );
}
