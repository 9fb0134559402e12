import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconPencil, IconUsers } from '@tabler/icons-react';
import type { WorkingGroupView } from '../../../src-main/api/contract/index';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { useI18n } from '../../i18n/use-i18n';
import { shownText } from '../processes/localized';

export type WorkingGroupCommand = 'edit' | 'members' | 'archive' | 'restore';

interface Props {
  group: WorkingGroupView;
  writable: boolean;
  onCommand: (command: WorkingGroupCommand) => void;
}

/** One working group: its name, description and default record, and its members with their roles. */
export function WorkingGroupSection({ group, writable, onCommand }: Props) {
  const { t, locale, format, date } = useI18n();
  const tw = t.workingGroups;
  const description = shownText(group.description, locale);
  const headingId = `working-group-${group.id}`;
  const period = (from: string | null, to: string | null) =>
    from && to ? format(t.common.period, { from: date(from), to: date(to) }) : from ? format(t.common.fromDate, { date: date(from) }) : to ? format(t.common.untilDate, { date: date(to) }) : tw.always;
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Group gap="sm">
            <Title order={2} size="h4" id={headingId}>
              <LanguageMarkedText text={group.name} language={group.nameLanguage} />
            </Title>
            {group.archived && (
              <Badge color="gray" variant="filled" tt="none">
                {t.common.archived}
              </Badge>
            )}
          </Group>
          {writable && (
            <Group gap="xs">
              {!group.archived && (
                <>
                  <Button size="compact-sm" variant="outline" leftSection={<IconPencil size={14} aria-hidden />} aria-label={format(tw.editLabel, { name: group.name })} onClick={() => onCommand('edit')}>
                    {tw.edit}
                  </Button>
                  <Button size="compact-sm" variant="outline" leftSection={<IconUsers size={14} aria-hidden />} aria-label={format(tw.editMembersLabel, { name: group.name })} onClick={() => onCommand('members')}>
                    {tw.editMembers}
                  </Button>
                </>
              )}
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={group.archived ? <IconArchiveOff size={14} aria-hidden /> : <IconArchive size={14} aria-hidden />}
                aria-label={format(group.archived ? tw.restoreLabel : tw.archiveLabel, { name: group.name })}
                onClick={() => onCommand(group.archived ? 'restore' : 'archive')}
              >
                {group.archived ? t.common.restore : t.common.archive}
              </Button>
            </Group>
          )}
        </Group>
        {description.text ? (
          <Text maw={900} style={{ whiteSpace: 'pre-line' }}>
            <LanguageMarkedText text={description.text} language={description.language} />
          </Text>
        ) : (
          <Text c="dimmed">{tw.noDescription}</Text>
        )}
        <Text size="sm">
          {tw.recordKindDefault}: {group.recordKindDefault ? t.meetings.recordKinds[group.recordKindDefault].toLowerCase() : tw.recordKindNetwork}
        </Text>
        <Title order={3} size="h5">
          {tw.membersTitle}
        </Title>
        {group.members.length === 0 ? (
          <Text>{tw.noMembers}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing={6} layout="fixed" aria-label={format(tw.membersCaption, { name: group.name })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w="28%">
                    {tw.name}
                  </Table.Th>
                  <Table.Th scope="col" w="36%">
                    {tw.organisation}
                  </Table.Th>
                  <Table.Th scope="col" w="16%">
                    {tw.role}
                  </Table.Th>
                  <Table.Th scope="col">{tw.validity}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {group.members.map((member) => (
                  <Table.Tr key={member.memberId}>
                    <Table.Th scope="row" fw={400}>
                      <Group gap={6}>
                        {member.name}
                        {member.inactive && (
                          <Badge color="gray" variant="light" c="dark.6" tt="none" size="sm">
                            {tw.inactive}
                          </Badge>
                        )}
                      </Group>
                    </Table.Th>
                    <Table.Td>{member.actorName}</Table.Td>
                    <Table.Td>{tw.roles[member.role]}</Table.Td>
                    <Table.Td>{period(member.validFrom, member.validTo)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
