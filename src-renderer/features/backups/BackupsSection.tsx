import { Alert, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import type { ApiError } from '../../../src-main/api/contract/api-error';
import type { BackupInfo } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { toApiError } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { useOpenFile, useSession } from '../../app/SessionContext';
import { AppModal } from '../../components/AppModal';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { SectionCard } from '../../components/SectionCard';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';

/** "Varmuuskopiot" on the Settings page: the open network's backups, and restoring one. */
export function BackupsSection() {
  const { t, format, instant, number } = useI18n();
  const tb = t.backups;
  const file = useOpenFile();
  const backups = useApiQuery('backups.list', {});
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  const size = (bytes: number) =>
    bytes >= 1024 * 1024 ? format(tb.sizeMb, { size: number(Math.round(bytes / 104_857.6) / 10) }) : format(tb.sizeKb, { size: number(Math.max(1, Math.round(bytes / 1024))) });

  return (
    <SectionCard id="settings-backups" title={tb.title}>
      <Text size="sm" c="dimmed">
        {tb.description} {tb.where}
      </Text>
      {file.readOnly && <Alert color="gray">{tb.readOnly}</Alert>}
      {!backups.data ? (
        <LoadingState label={t.common.loading} />
      ) : backups.data.length === 0 ? (
        <Text>{tb.none}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped verticalSpacing={6} aria-label={tb.tableLabel}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{tb.takenAt}</Table.Th>
                <Table.Th scope="col">{tb.kind}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {tb.size}
                </Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t.common.actions}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.data.map((backup) => (
                <Table.Tr key={backup.name}>
                  <Table.Td>{instant(backup.takenAt)}</Table.Td>
                  <Table.Td>{tb.kinds[backup.kind]}</Table.Td>
                  <Table.Td ta="right">{size(backup.size)}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="outline"
                      leftSection={<IconRestore size={14} aria-hidden />}
                      aria-label={format(tb.restoreLabel, { date: instant(backup.takenAt), kind: tb.kinds[backup.kind].toLowerCase() })}
                      disabled={file.readOnly}
                      onClick={() => setChosen(backup)}
                    >
                      {tb.restore}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {chosen && <RestoreModal backup={chosen} onClose={() => setChosen(null)} />}
    </SectionCard>
  );
}

function RestoreModal({ backup, onClose }: { backup: BackupInfo; onClose: () => void }) {
  const { t, format, instant, locale } = useI18n();
  const tb = t.backups;
  const { setFile } = useSession();
  const notify = useNotify();
  const [restoring, setRestoring] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const date = instant(backup.takenAt);
  const kind = tb.kinds[backup.kind].toLowerCase();

  const restore = async () => {
    setRestoring(true);
    setFailure(null);
    try {
      const result = await call('backups.restore', { name: backup.name });
      setFile(result.file);
      notify.success(format(tb.restored, { date }));
      onClose();
    } catch (error) {
      setFailure(toApiError(error, locale));
      setRestoring(false);
    }
  };

  return (
    <AppModal opened onClose={() => !restoring && onClose()} title={tb.confirmTitle} size="lg">
      <Stack gap="md">
        <Text>{format(tb.confirmText, { date, kind })}</Text>
        <Text>{tb.confirmKeep}</Text>
        <FormErrorAlert error={failure} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={restoring}>
            {t.common.cancel}
          </Button>
          <Button color="red.9" loading={restoring} onClick={() => void restore()}>
            {tb.confirm}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
