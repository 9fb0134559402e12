import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencilPlus } from '@tabler/icons-react';
import type { ActorDetail } from '../../../src-main/api/contract/index';
import { LOCALES } from '../../../src-main/i18n/locales';
import { localToday } from '../../components/local-today';
import { LocalizedTextView } from '../../components/LocalizedTextView';
import { SectionCard } from '../../components/SectionCard';
import { useI18n } from '../../i18n/use-i18n';

/** The name valid today in each language, and every earlier name with the date it took effect. */
export function ActorNamesSection({ actor, canEdit, onRename }: { actor: ActorDetail; canEdit: boolean; onRename: () => void }) {
  const { t, date } = useI18n();
  const currentId = currentNameId(actor);
  const history = [...actor.names].reverse();
  const nameLabels = { fi: t.actor.nameFi, sv: t.actor.nameSv, en: t.actor.nameEn };
  return (
    <SectionCard
      id="actor-names"
      title={t.actor.names}
      actions={
        <Button variant="outline" size="xs" leftSection={<IconPencilPlus size={16} aria-hidden />} onClick={onRename} disabled={!canEdit}>
          {t.actor.renameButton}
        </Button>
      }
    >
      <LocalizedTextView text={actor.name} labels={nameLabels} />
      <LocalizedTextView text={actor.shortName} labels={{ fi: t.actor.shortNameFi, sv: t.actor.shortNameSv, en: t.actor.shortNameEn }} />
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t.actor.nameHistory}
        </Title>
        {actor.names.length <= 1 ? (
          <Text size="sm" c="dimmed">
            {t.actor.nameHistoryEmpty}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.common.validFrom}</Table.Th>
                  {LOCALES.map((language) => (
                    <Table.Th scope="col" key={language}>
                      {nameLabels[language]}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.map((version) => (
                  <Table.Tr key={version.id}>
                    <Table.Td>
                      {version.validFrom ? date(version.validFrom) : t.common.fromBeginning}
                      {version.id === currentId && (
                        <Badge ml="xs" variant="light" size="sm">
                          {t.actor.currentName}
                        </Badge>
                      )}
                    </Table.Td>
                    {LOCALES.map((language) => (
                      <Table.Td key={language} lang={version.name[language] ? language : undefined}>
                        {version.name[language] ?? (
                          <Text span c="dimmed" fs="italic" size="sm">
                            {t.common.notTranslated}
                          </Text>
                        )}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </SectionCard>
  );
}

/** The name version in force today: the latest one that has started (names are oldest first). */
function currentNameId(actor: ActorDetail): string | null {
  const today = localToday();
  let current: string | null = null;
  for (const version of actor.names) if (version.validFrom === null || version.validFrom <= today) current = version.id;
  return current;
}
