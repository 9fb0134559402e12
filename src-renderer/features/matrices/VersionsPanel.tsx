import { Anchor, Button, Group, List, NativeSelect, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../../src-main/api/contract/api-error';
import type { MatrixComparison, MatrixView } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { toApiError } from '../../api/errors';
import { hrefFor } from '../../app/router';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useI18n } from '../../i18n/use-i18n';
import { MeetingDecisionLink } from './MeetingDecisionLink';
import { VersionStatusBadge } from './VersionStatusBadge';

/** Every version of the matrix, and any two of them compared cell by cell. */
export function VersionsPanel({ view }: { view: MatrixView }) {
  const { t, format, date } = useI18n();
  const tv = t.matrices.versions;
  const numberOf = new Map(view.versions.map((version) => [version.id, version.number]));
  return (
    <Stack gap="lg">
      <SectionCard id="matrix-versions" title={tv.title}>
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing={6}>
            <Table.Caption>
              <VisuallyHidden>{tv.caption}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={150}>
                  {tv.number}
                </Table.Th>
                <Table.Th scope="col" w={140}>
                  {tv.status}
                </Table.Th>
                <Table.Th scope="col">{tv.basedOn}</Table.Th>
                <Table.Th scope="col">{tv.dates}</Table.Th>
                <Table.Th scope="col">{tv.note}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.versions.map((version) => {
                const based = version.basedOnVersionId ? numberOf.get(version.basedOnVersionId) : undefined;
                return (
                  <Table.Tr key={version.id}>
                    <Table.Th scope="row" fw={500}>
                      {version.id === view.version.id ? (
                        <Text span fw={700}>
                          {format(t.matrices.versionLabel, { number: version.number })} {tv.current}
                        </Text>
                      ) : (
                        <Anchor href={hrefFor({ name: 'matrix', id: view.matrix.id, versionId: version.id })} aria-label={format(tv.openVersion, { number: version.number })}>
                          {format(t.matrices.versionLabel, { number: version.number })}
                        </Anchor>
                      )}
                    </Table.Th>
                    <Table.Td>
                      <VersionStatusBadge status={version.status} size="sm" />
                    </Table.Td>
                    <Table.Td>{based ? format(tv.basedOnVersion, { number: based }) : t.common.notGiven}</Table.Td>
                    <Table.Td>
                      <Stack gap={0}>
                        {version.sentToReviewAt && <Text size="sm">{format(t.matrices.lifecycle.sentOn, { date: date(version.sentToReviewAt.slice(0, 10)) })}</Text>}
                        {version.approvedAt && <Text size="sm">{format(t.matrices.lifecycle.approvedBy, { name: version.approvedBy ?? '', date: date(version.approvedAt.slice(0, 10)) })}</Text>}
                        {version.decidedAt && (
                          <Text size="sm">
                            <MeetingDecisionLink place={version.decidedAt} template={t.matrices.decidedAt} />
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>{version.note ?? ''}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </SectionCard>
      {view.versions.length > 1 && <CompareSection view={view} />}
    </Stack>
  );
}

function CompareSection({ view }: { view: MatrixView }) {
  const { t, locale, format } = useI18n();
  const tv = t.matrices.versions;
  // newest first: compare the shown version with the one before it, to begin with
  const shownIndex = view.versions.findIndex((version) => version.id === view.version.id);
  const older = view.versions[shownIndex + 1] ?? view.versions[1];
  const newer = older === view.versions[shownIndex + 1] ? view.version : view.versions[0];
  const [fromId, setFromId] = useState(older?.id ?? '');
  const [toId, setToId] = useState(newer?.id ?? '');
  const [result, setResult] = useState<MatrixComparison | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const options = view.versions.map((version) => ({ value: version.id, label: format(t.matrices.page.versionOption, { number: version.number, status: t.matrices.status[version.status] }) }));

  const compare = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      setResult(await call('matrices.compare', { fromVersionId: fromId, toVersionId: toId, lang: locale }));
    } catch (caught) {
      setResult(null);
      setError(toApiError(caught, locale));
    } finally {
      setBusy(false);
    }
  };

  const same = fromId === toId;
  const empty =
    result &&
    result.changedCells.length + result.addedTasks.length + result.removedTasks.length + result.addedActors.length + result.removedActors.length === 0;
  return (
    <SectionCard id="matrix-compare" title={tv.compareTitle}>
      <form onSubmit={(event) => void compare(event)} aria-label={tv.compareTitle}>
        <Group align="flex-end" gap="md">
          <NativeSelect label={tv.from} value={fromId} onChange={(event) => setFromId(event.currentTarget.value)} data={options} w={260} />
          <NativeSelect label={tv.to} value={toId} onChange={(event) => setToId(event.currentTarget.value)} data={options} w={260} />
          <Button type="submit" loading={busy} disabled={same}>
            {tv.compare}
          </Button>
        </Group>
        {same && (
          <Text size="sm" c="dimmed" mt={6}>
            {tv.sameVersion}
          </Text>
        )}
      </form>
      <FormErrorAlert error={error} />
      {result && (
        <Stack gap="md" aria-live="polite">
          <Title order={3} size="h5">
            {format(tv.resultTitle, { from: result.from.number, to: result.to.number })}
          </Title>
          {empty ? (
            <Text>{tv.noDifferences}</Text>
          ) : (
            <>
              {result.changedCells.length > 0 && (
                <Stack gap={4}>
                  <Title order={4} size="h6">
                    {tv.changedCells} ({result.changedCells.length})
                  </Title>
                  <Table.ScrollContainer minWidth={640} mah={480}>
                    <Table striped verticalSpacing={4} stickyHeader>
                      <Table.Caption>
                        <VisuallyHidden>{tv.changedCaption}</VisuallyHidden>
                      </Table.Caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{tv.task}</Table.Th>
                          <Table.Th scope="col">{tv.actor}</Table.Th>
                          <Table.Th scope="col">{tv.before}</Table.Th>
                          <Table.Th scope="col">{tv.after}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {result.changedCells.map((change) => (
                          <Table.Tr key={`${change.taskLineageId}:${change.actorId}`}>
                            <Table.Td>{change.taskName}</Table.Td>
                            <Table.Td>{change.actorName}</Table.Td>
                            <Table.Td fw={700}>{change.before ?? tv.emptyLetter}</Table.Td>
                            <Table.Td fw={700}>{change.after ?? tv.emptyLetter}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Stack>
              )}
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                <NameList title={tv.addedTasks} names={result.addedTasks.map((task) => task.name)} />
                <NameList title={tv.removedTasks} names={result.removedTasks.map((task) => task.name)} />
                <NameList title={tv.addedActors} names={result.addedActors.map((actor) => actor.name)} />
                <NameList title={tv.removedActors} names={result.removedActors.map((actor) => actor.name)} />
              </SimpleGrid>
            </>
          )}
        </Stack>
      )}
    </SectionCard>
  );
}

function NameList({ title, names }: { title: string; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={4} size="h6">
        {title} ({names.length})
      </Title>
      <List size="sm" spacing={2}>
        {names.map((name, index) => (
          <List.Item key={`${index}:${name}`}>{name}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
