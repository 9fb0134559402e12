import { Box, Button, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileDatabase, IconFlask, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { LanguageMenu } from '../../app/LanguageMenu';
import { useSession } from '../../app/SessionContext';
import { MAIN_CONTENT_ID, SkipLink } from '../../app/SkipLink';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { useI18n } from '../../i18n/use-i18n';
import { NewNetworkModal } from './NewNetworkModal';
import { OpenNetworkModal } from './OpenNetworkModal';
import { RecentFilesList } from './RecentFilesList';
import { StartChoiceCard } from './StartChoiceCard';
import { useFileActions } from './use-file-actions';

const ICON_COLOR = 'var(--mantine-color-kotoBlue-7)';

/** Shown when no network is open: open a file, create a new network, or explore the demo. */
export function StartScreen() {
  const { t, format } = useI18n();
  const { appInfo } = useSession();
  const actions = useFileActions();
  const recent = useApiQuery('files.recent', {});
  const [newOpened, newModal] = useDisclosure(false);
  const [openOpened, openModal] = useDisclosure(false);
  const [busy, setBusy] = useState<'open' | 'demo' | null>(null);

  const run = async (which: 'open' | 'demo', action: () => Promise<unknown>) => {
    setBusy(which);
    try {
      await action();
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <SkipLink />
      <Box component="header" py="sm" px="lg" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between">
          <Text fw={700} size="lg">
            {t.appName}
          </Text>
          <LanguageMenu />
        </Group>
      </Box>
      <Container component="main" id={MAIN_CONTENT_ID} tabIndex={-1} size="lg" py="xl">
        <Stack gap="xl">
          <Stack gap="xs">
            <PageTitle documentTitle="">{t.start.title}</PageTitle>
            <Text maw={720}>{t.start.intro}</Text>
          </Stack>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
            <StartChoiceCard
              id="start-open"
              icon={<IconFileDatabase size={32} aria-hidden color={ICON_COLOR} />}
              title={t.start.openTitle}
              text={t.start.openText}
              action={
                <Button loading={busy === 'open'} onClick={() => (actions.nativeDialogs ? void run('open', actions.openWithDialog) : openModal.open())}>
                  {t.start.openButton}
                </Button>
              }
            />
            <StartChoiceCard
              id="start-new"
              icon={<IconPlus size={32} aria-hidden color={ICON_COLOR} />}
              title={t.start.newTitle}
              text={t.start.newText}
              action={<Button onClick={newModal.open}>{t.start.newButton}</Button>}
            />
            <StartChoiceCard
              id="start-demo"
              icon={<IconFlask size={32} aria-hidden color={ICON_COLOR} />}
              title={t.start.demoTitle}
              text={t.start.demoText}
              action={
                <Button variant="outline" loading={busy === 'demo'} onClick={() => void run('demo', actions.openDemo)}>
                  {t.start.demoButton}
                </Button>
              }
            />
          </SimpleGrid>
          <Stack component="section" aria-labelledby="start-recent" gap="sm">
            <Title order={2} size="h3" id="start-recent">
              {actions.nativeDialogs ? t.start.recentTitle : t.start.filesTitle}
            </Title>
            {recent.loading && !recent.data ? (
              <LoadingState label={t.common.loading} />
            ) : (
              <RecentFilesList files={recent.data ?? []} onOpen={(path) => void actions.openPath(path)} />
            )}
          </Stack>
          <Text size="xs" c="dimmed">
            {format(t.settings.version, { version: appInfo.version, schemaVersion: appInfo.schemaVersion })}
          </Text>
        </Stack>
      </Container>
      <NewNetworkModal key={String(newOpened)} opened={newOpened} onClose={newModal.close} />
      <OpenNetworkModal opened={openOpened} onClose={openModal.close} />
    </>
  );
}
