import { Anchor, Badge, Group, Stack, Table, VisuallyHidden } from '@mantine/core';
import type { ActorSummary } from '../../../src-main/api/contract/index';
import { hrefFor } from '../../app/router';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { useI18n } from '../../i18n/use-i18n';
import { SuccessorNote } from './SuccessorNote';

export function ActorTable({ actors, busy }: { actors: ActorSummary[]; busy: boolean }) {
  const { t, number } = useI18n();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-busy={busy}>
        <Table.Caption>
          <VisuallyHidden>{t.actors.tableCaption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.actors.columnName}</Table.Th>
            <Table.Th scope="col">{t.actors.columnShortName}</Table.Th>
            <Table.Th scope="col">{t.actors.columnType}</Table.Th>
            <Table.Th scope="col">{t.actors.columnAuthority}</Table.Th>
            <Table.Th scope="col">{t.actors.columnMunicipality}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t.actors.columnRepresentatives}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actors.map((actor) => (
            <Table.Tr key={actor.id}>
              <Table.Th scope="row" fw={400}>
                <Stack gap={4} align="flex-start">
                  <Group gap={6} wrap="wrap">
                    <Anchor href={hrefFor({ name: 'actor', id: actor.id })} fw={600}>
                      <LanguageMarkedText text={actor.name} language={actor.nameLanguage} />
                    </Anchor>
                    {actor.archived && (
                      <Badge color="gray" variant="light" c="dark.6">
                        {t.common.archived}
                      </Badge>
                    )}
                  </Group>
                  {actor.succeededBy.length > 0 && <SuccessorNote names={actor.succeededBy} />}
                </Stack>
              </Table.Th>
              <Table.Td>{actor.shortName ?? ''}</Table.Td>
              <Table.Td>{t.actorTypes[actor.type]}</Table.Td>
              <Table.Td>{actor.isPublicAuthority ? t.common.yes : t.common.no}</Table.Td>
              <Table.Td>{actor.municipality ?? ''}</Table.Td>
              <Table.Td ta="right">{number(actor.representativeCount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
