import { Stack, Text } from '@mantine/core';
import { useApiQuery } from '../../api/use-api-query';
import { LoadingState } from '../../components/LoadingState';
import { AppModal } from '../../components/AppModal';
import { useI18n } from '../../i18n/use-i18n';
import { RecentFilesList } from './RecentFilesList';
import { useFileActions } from './use-file-actions';

/** Where there are no native dialogs (the browser host), the files on offer are picked from a list. */
export function OpenNetworkModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { openPath } = useFileActions();
  const files = useApiQuery('files.recent', opened ? {} : null);
  return (
    <AppModal opened={opened} onClose={onClose} title={t.start.openDialogTitle} size="lg">
      <Stack>
        <Text size="sm">{t.start.pickFromList}</Text>
        {files.loading && !files.data ? (
          <LoadingState label={t.common.loading} />
        ) : (
          <RecentFilesList
            files={files.data ?? []}
            onOpen={(path) => {
              onClose();
              void openPath(path);
            }}
          />
        )}
      </Stack>
    </AppModal>
  );
}
