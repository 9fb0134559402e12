import { Burger, Group, Stack, Text } from '@mantine/core';
import type { OpenFileInfo } from '../../src-main/api/contract/index';
import { useI18n } from '../i18n/use-i18n';
import { DemoBanner } from './DemoBanner';
import { FileMenu } from './FileMenu';
import { LanguageMenu } from './LanguageMenu';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { useOpenFile } from './SessionContext';

const BAR_HEIGHT = 60;
const BANNER_HEIGHT = 36;

export function headerHeight(file: OpenFileInfo): number {
  return BAR_HEIGHT + (file.isDemo ? BANNER_HEIGHT : 0) + (file.readOnly ? BANNER_HEIGHT : 0);
}

export function AppHeader({ navOpened, onToggleNav }: { navOpened: boolean; onToggleNav: () => void }) {
  const { t, format } = useI18n();
  const file = useOpenFile();
  return (
    <Stack gap={0}>
      <Group h={BAR_HEIGHT} px="md" justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap" miw={0}>
          <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label={t.shell.toggleNavigation} aria-expanded={navOpened} />
          <Stack gap={0} miw={0}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase" lh={1.3}>
              {t.appName}
            </Text>
            <Text fw={700} size="lg" lh={1.3} truncate="end" title={format(t.shell.fileLabel, { file: file.fileName })}>
              {file.networkName}
            </Text>
          </Stack>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <FileMenu />
          <LanguageMenu />
        </Group>
      </Group>
      {file.isDemo && <DemoBanner height={BANNER_HEIGHT} />}
      {file.readOnly && <ReadOnlyBanner height={BANNER_HEIGHT} reason={file.readOnlyReason} />}
    </Stack>
  );
}
