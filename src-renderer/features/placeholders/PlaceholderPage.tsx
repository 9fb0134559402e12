import { Alert, Anchor, List, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFlask2, IconInfoCircle, IconRoute, IconTable, IconUsersGroup } from '@tabler/icons-react';
import { hrefFor, type PlaceholderArea } from '../../app/router';
import { PageTitle } from '../../components/PageTitle';
import { useI18n } from '../../i18n/use-i18n';

const ICONS = {
  processes: IconRoute,
  matrices: IconTable,
  meetings: IconUsersGroup,
  preparedness: IconAlertTriangle,
  pilots: IconFlask2,
} as const;

/** An area not built yet says what it will hold, so the menu already shows the whole app. */
export function PlaceholderPage({ area }: { area: PlaceholderArea }) {
  const { t } = useI18n();
  const text = t.placeholders[area];
  const Icon = ICONS[area];
  return (
    <Stack maw={820} gap="lg">
      <PageTitle documentTitle={t.nav[area]}>{t.nav[area]}</PageTitle>
      <Paper withBorder p="lg">
        <Stack gap="md">
          <Stack gap="xs" align="flex-start">
            <Icon size={40} aria-hidden color="var(--mantine-color-kotoBlue-7)" />
            <Text size="lg" fw={600}>
              {text.summary}
            </Text>
          </Stack>
          <Text>{t.placeholders.intro}</Text>
          <List spacing="xs">
            {text.items.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </Stack>
      </Paper>
      <Alert variant="light" icon={<IconInfoCircle aria-hidden />}>
        <Text size="sm">{t.placeholders.emptyNote}</Text>
        <Anchor href={hrefFor({ name: 'actors' })} size="sm">
          {t.home.goToActors}
        </Anchor>
      </Alert>
    </Stack>
  );
}
