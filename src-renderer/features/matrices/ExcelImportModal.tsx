import { Alert, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { MatrixVersionSummary } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { AppModal } from '../../components/AppModal';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { FilePicker } from './FilePicker';
import { afterEdits } from './grid/after-edits';
import type { MatrixEditor } from './grid/use-matrix-editor';
import { useUploadPreview } from './use-upload-preview';

interface Props {
  version: MatrixVersionSummary;
  editor: MatrixEditor;
  onClose: () => void;
  onReload: () => void;
}

/** Choose an .xlsx → see its changes and problems (nothing written) → import what was previewed. */
export function ExcelImportModal({ version, editor, onClose, onReload }: Props) {
  const { t, format } = useI18n();
  const tx = t.matrices.excel;
  const notify = useNotify();
  const { preview, error, fileError, busy, choose, confirm } = useUploadPreview((upload) =>
    call('matrices.previewWorkbook', { ...upload, versionId: version.id }),
  );

  const importPreviewed = () =>
    confirm(async (upload, previewed) => {
      const result = await afterEdits(editor, (expectedVersion) =>
        call('matrices.importWorkbook', { ...upload, versionId: version.id, expectedVersion, checksum: previewed.checksum }),
      );
      notify.success(format(tx.imported, { count: result.changes.length }));
      onClose();
    });

  const blocked = (preview?.problems.length ?? 0) > 0;
  return (
    <AppModal opened onClose={onClose} title={tx.importTitle} size="80rem">
      <Stack gap="md">
        <Text size="sm">{tx.importText}</Text>
        <FilePicker label={t.matrices.review.file} accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" error={fileError} onChange={(file) => void choose(file)} />
        {busy && !preview && (
          <Text role="status" size="sm">
            {t.matrices.review.reading}
          </Text>
        )}
        {preview && (
          <>
            {blocked && (
              <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
                {tx.problemsBlock}
              </Alert>
            )}
            {preview.problems.length > 0 && (
              <Stack gap="xs">
                <Title order={3} size="h5">
                  {format(tx.problemsTitle, { count: preview.problems.length })}
                </Title>
                <Table striped verticalSpacing={4}>
                  <Table.Caption>
                    <VisuallyHidden>{tx.problemsCaption}</VisuallyHidden>
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{tx.row}</Table.Th>
                      <Table.Th scope="col">{tx.column}</Table.Th>
                      <Table.Th scope="col">{tx.problem}</Table.Th>
                      <Table.Th scope="col">{tx.value}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.problems.map((problem, index) => (
                      <Table.Tr key={index}>
                        <Table.Td>{problem.row}</Table.Td>
                        <Table.Td>{problem.column}</Table.Td>
                        <Table.Td>{tx.problems[problem.code]}</Table.Td>
                        <Table.Td>{problem.value}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Stack>
            )}
            <Stack gap="xs">
              <Title order={3} size="h5">
                {format(tx.changesTitle, { count: preview.changes.length })}
              </Title>
              {preview.changes.length === 0 ? (
                <Text size="sm">{tx.noChanges}</Text>
              ) : (
                <Table.ScrollContainer minWidth={600} mah={360}>
                  <Table striped verticalSpacing={4} stickyHeader>
                    <Table.Caption>
                      <VisuallyHidden>{tx.changesCaption}</VisuallyHidden>
                    </Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t.matrices.versions.task}</Table.Th>
                        <Table.Th scope="col">{t.matrices.versions.actor}</Table.Th>
                        <Table.Th scope="col">{t.matrices.versions.before}</Table.Th>
                        <Table.Th scope="col">{t.matrices.versions.after}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {preview.changes.map((change) => (
                        <Table.Tr key={`${change.taskId}:${change.actorId}`}>
                          <Table.Td>{change.taskName}</Table.Td>
                          <Table.Td>{change.actorName}</Table.Td>
                          <Table.Td>{change.before ?? t.matrices.versions.emptyLetter}</Table.Td>
                          <Table.Td>{change.after ?? t.matrices.versions.emptyLetter}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Stack>
          </>
        )}
        <FormErrorAlert error={error} onReload={onReload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t.common.cancel}
          </Button>
          <Button loading={busy} disabled={!preview || blocked || preview.changes.length === 0} onClick={() => void importPreviewed()}>
            {tx.confirm}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
