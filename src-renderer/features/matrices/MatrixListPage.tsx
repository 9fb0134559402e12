import { Anchor, Badge, Button, Group, Stack, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { MatrixSummary } from '../../../src-main/api/contract/index';
import { pickLocalized } from '../../../src-main/domain/shared/localized-text';
import { toApiError } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { hrefFor, navigate } from '../../app/router';
import { useOpenFile } from '../../app/SessionContext';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { PageTitle } from '../../components/PageTitle';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { CreateMatrixModal } from './CreateMatrixModal';
import { VersionStatusBadge } from './VersionStatusBadge';

/** Every responsibility matrix: its process, latest version and status, and the approved version. */
export function MatrixListPage() {
  const { t, locale, format } = useI18n();
  const tm = t.matrices;
  const file = useOpenFile();
  const notify = useNotify();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [formOpened, form] = useDisclosure(false);
  const matrices = useApiQuery('matrices.list', { lang: locale, includeArchived });
  // A matrix's columns are actors: in a new network they come first.
  const actors = useApiQuery('actors.list', { lang: locale });
  const count = matrices.data?.length ?? 0;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageTitle documentTitle={tm.listTitle}>{tm.listTitle}</PageTitle>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={form.open} disabled={file.readOnly}>
          {tm.newMatrix}
        </Button>
      </Group>
      <Text maw={900}>{tm.listIntro}</Text>
      <Switch label={tm.showArchived} checked={includeArchived} onChange={(event) => setIncludeArchived(event.currentTarget.checked)} />
      {matrices.error ? <FormErrorAlert error={toApiError(matrices.error, locale)} /> : null}
      <Text role="status" size="sm" c="dimmed">
        {matrices.data ? (count === 1 ? tm.countOne : format(tm.count, { count })) : matrices.error ? '' : t.common.loading}
      </Text>
      {matrices.data && (count === 0 ? <Text maw={900}>{tm.none}</Text> : <MatrixTable matrices={matrices.data} busy={matrices.loading} />)}
      {count === 0 && actors.data?.length === 0 && (
        <Text maw={900}>
          {tm.noActorsYet}{' '}
          <Anchor href={hrefFor({ name: 'actors' })} fw={600}>
            {t.home.goToActors}
          </Anchor>
        </Text>
      )}
      {formOpened && (
        <CreateMatrixModal
          onClose={form.close}
          onSaved={(view) => {
            form.close();
            const name = pickLocalized(view.matrix.name, locale)?.text ?? '';
            notify.success(format(tm.created, { name }));
            navigate({ name: 'matrix', id: view.matrix.id });
          }}
        />
      )}
    </Stack>
  );
}

function MatrixTable({ matrices, busy }: { matrices: MatrixSummary[]; busy: boolean }) {
  const { t, format, date } = useI18n();
  const tm = t.matrices;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-busy={busy}>
        <Table.Caption>
          <VisuallyHidden>{tm.tableCaption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{tm.columnName}</Table.Th>
            <Table.Th scope="col">{tm.columnProcess}</Table.Th>
            <Table.Th scope="col">{tm.columnLatest}</Table.Th>
            <Table.Th scope="col">{tm.columnApproved}</Table.Th>
            <Table.Th scope="col" ta="right">
              {tm.columnSize}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matrices.map((matrix) => (
            <Table.Tr key={matrix.id}>
              <Table.Th scope="row" fw={400}>
                <Group gap={6}>
                  <Anchor href={hrefFor({ name: 'matrix', id: matrix.id })} fw={600}>
                    <LanguageMarkedText text={matrix.name} language={matrix.nameLanguage} />
                  </Anchor>
                  {matrix.archived && (
                    <Badge color="gray" variant="light" c="dark.6" tt="none">
                      {t.common.archived}
                    </Badge>
                  )}
                </Group>
              </Table.Th>
              <Table.Td>
                {matrix.processId && matrix.processName ? (
                  <Anchor href={hrefFor({ name: 'process', id: matrix.processId })}>{matrix.processName}</Anchor>
                ) : (
                  <Text span c="dimmed" size="sm">
                    {tm.freeMatrix}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <Text span size="sm">
                    {format(tm.versionLabel, { number: matrix.latestVersion.number })}
                  </Text>
                  <VersionStatusBadge status={matrix.latestVersion.status} size="sm" />
                </Group>
              </Table.Td>
              <Table.Td>
                {matrix.approvedVersion ? (
                  <Anchor href={hrefFor({ name: 'matrix', id: matrix.id, versionId: matrix.approvedVersion.id })} size="sm">
                    {matrix.approvedVersion.approvedAt
                      ? format(tm.approvedOn, { number: matrix.approvedVersion.number, date: date(matrix.approvedVersion.approvedAt.slice(0, 10)) })
                      : format(tm.versionLabel, { number: matrix.approvedVersion.number })}
                  </Anchor>
                ) : (
                  <Text span size="sm" c="dimmed">
                    {tm.noneApproved}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{format(tm.size, { tasks: matrix.taskCount, actors: matrix.actorCount })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
