import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { RecentFile } from '../../../src-main/api/contract/index';
import { useI18n } from '../../i18n/use-i18n';

export function RecentFilesList({ files, onOpen }: { files: RecentFile[]; onOpen: (path: string) => void }) {
  const { t, format, instant } = useI18n();
  if (files.length === 0) return <Text c="dimmed">{t.start.noRecent}</Text>;
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {files.map((file) => (
        <Paper component="li" key={file.path} withBorder p="sm">
          <Group justify="space-between" wrap="nowrap" gap="md">
            <Stack gap={2} miw={0}>
              <Text fw={600}>{file.fileName}</Text>
              <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
                {file.path}
              </Text>
              {file.lastOpenedAt && (
                <Text size="sm" c="dimmed">
                  {format(t.start.lastOpened, { date: instant(file.lastOpenedAt) })}
                </Text>
              )}
              {!file.exists && (
                <Badge color="red" variant="light" w="fit-content">
                  {t.start.missingFile}
                </Badge>
              )}
            </Stack>
            <Button variant="outline" disabled={!file.exists} onClick={() => onOpen(file.path)} aria-label={format(t.start.openFile, { file: file.fileName })}>
              {t.common.open}
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
