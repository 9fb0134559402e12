import { Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReviewFormPreview } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { AppModal } from '../../components/AppModal';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { FilePicker } from './FilePicker';
import { useUploadPreview } from './use-upload-preview';

/** A member's filled review form: choose the file → see what would be recorded → import exactly that. */
export function ImportReviewFormModal({ onClose, onReload }: { onClose: () => void; onReload: () => void }) {
  const { t, format } = useI18n();
  const tr = t.matrices.review;
  const notify = useNotify();
  const { preview, error, fileError, busy, choose, confirm } = useUploadPreview((upload) => call('reviewForms.preview', upload));

  const importPreviewed = () =>
    confirm(async (upload, previewed) => {
      const result = await call('reviewForms.import', { ...upload, checksum: previewed.checksum });
      notify.success(format(tr.imported, { actor: result.actorName }));
      onClose();
    });

  const verdictText = (verdict: ReviewFormPreview['answers'][number]['verdict']) =>
    verdict === 'agree' ? tr.verdictAgree : verdict === 'comment' ? tr.verdictComment : tr.verdictNone;

  return (
    <AppModal opened onClose={onClose} title={tr.importTitle} size="80rem">
      <Stack gap="md">
        <Text size="sm">{tr.importText}</Text>
        <FilePicker
          label={tr.file}
          accept=".docx,.xlsx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          error={fileError}
          onChange={(file) => void choose(file)}
        />
        {busy && !preview && (
          <Text role="status" size="sm">
            {tr.reading}
          </Text>
        )}
        {preview && (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {format(tr.previewTitle, { actor: preview.actorName, number: preview.versionNumber })}
            </Title>
            <Table.ScrollContainer minWidth={700} mah={420}>
              <Table striped verticalSpacing={4} stickyHeader>
                <Table.Caption>
                  <VisuallyHidden>{tr.previewCaption}</VisuallyHidden>
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t.matrices.versions.task}</Table.Th>
                    <Table.Th scope="col">{tr.lettersOf}</Table.Th>
                    <Table.Th scope="col">{tr.verdict}</Table.Th>
                    <Table.Th scope="col">{tr.comment}</Table.Th>
                    <Table.Th scope="col">{tr.change}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.answers.map((answer) => (
                    <Table.Tr key={answer.taskId}>
                      <Table.Td>{answer.taskName}</Table.Td>
                      <Table.Td fw={700}>{answer.letters.join(', ')}</Table.Td>
                      <Table.Td>{verdictText(answer.verdict)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{answer.comment ?? ''}</Table.Td>
                      <Table.Td>{tr.changes[answer.change]}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
        <FormErrorAlert error={error} onReload={onReload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t.common.cancel}
          </Button>
          <Button loading={busy} disabled={!preview} onClick={() => void importPreviewed()}>
            {tr.confirmImport}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
