import { Anchor, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useApiQuery } from '../../api/use-api-query';
import { hrefFor } from '../../app/router';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { toApiError } from '../../api/errors';
import { useI18n } from '../../i18n/use-i18n';
import { NextMeetingCard } from './NextMeetingCard';
import { StatCard } from './StatCard';

export function HomePage() {
  const { t, locale, format, number } = useI18n();
  const network = useApiQuery('network.get', {});
  const actors = useApiQuery('actors.list', { lang: locale });
  const processes = useApiQuery('processes.map', { lang: locale });
  const matrices = useApiQuery('matrices.list', { lang: locale });
  const inReview = matrices.data?.filter((matrix) => matrix.latestVersion.status === 'in_review') ?? [];
  const networkName = network.data ? (network.data.name[locale] ?? network.data.name.fi ?? network.data.name.sv ?? network.data.name.en ?? '') : '';
  const representatives = actors.data?.reduce((sum, actor) => sum + actor.representativeCount, 0);
  const failure = network.error ?? actors.error ?? processes.error ?? matrices.error;

  return (
    <Stack maw={900} gap="lg">
      <Stack gap={4}>
        <PageTitle documentTitle={t.nav.home}>{networkName || t.nav.home}</PageTitle>
        {network.data?.region && <Text c="dimmed">{format(t.home.regionLabel, { region: network.data.region })}</Text>}
      </Stack>
      {failure ? <FormErrorAlert error={toApiError(failure, locale)} /> : null}
      <SimpleGrid cols={{ base: 1, xs: 2, sm: 4 }}>
        <StatCard label={t.home.actorCount} value={actors.data ? number(actors.data.length) : '…'} />
        <StatCard label={t.home.representativeCount} value={representatives !== undefined ? number(representatives) : '…'} />
        <StatCard label={t.home.processCount} value={processes.data ? number(processes.data.processes.length) : '…'} />
        <StatCard label={t.home.matrixCount} value={matrices.data ? number(matrices.data.length) : '…'} />
      </SimpleGrid>
      <NextMeetingCard />
      {inReview.length > 0 && (
        <Paper withBorder p="lg" component="section" aria-labelledby="home-in-review">
          <Stack gap="sm">
            <Title order={2} size="h4" id="home-in-review">
              {t.home.inReviewTitle}
            </Title>
            <List spacing="xs">
              {inReview.map((matrix) => (
                <List.Item key={matrix.id}>
                  <Anchor href={hrefFor({ name: 'matrix', id: matrix.id, versionId: matrix.latestVersion.id })}>
                    {format(t.home.inReviewItem, { name: matrix.name, number: matrix.latestVersion.number })}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Stack>
        </Paper>
      )}
      <Paper withBorder p="lg" component="section" aria-labelledby="home-guidance">
        <Stack gap="sm">
          <Title order={2} size="h4" id="home-guidance">
            {t.home.guidanceTitle}
          </Title>
          <List spacing="xs">
            <List.Item>{t.home.guidance1}</List.Item>
            <List.Item>{t.home.guidance2}</List.Item>
            <List.Item>{t.home.guidance3}</List.Item>
          </List>
          <Group>
            <Anchor href={hrefFor({ name: 'actors' })} fw={600}>
              {t.home.goToActors}
            </Anchor>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
