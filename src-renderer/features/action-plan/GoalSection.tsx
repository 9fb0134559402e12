import { ActionIcon, Badge, Button, Group, Paper, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArchive, IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconRestore } from '@tabler/icons-react';
import type { GoalActionView, LocalizedText, NetworkGoalView } from '../../../src-main/api/contract/index';
import { pickLocalized } from '../../../src-main/domain/shared/localized-text';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { useI18n } from '../../i18n/use-i18n';
import { GoalActionStatusBadge } from './GoalActionStatusBadge';

export type GoalCommand = 'edit' | 'archive' | 'restore' | 'up' | 'down' | 'addAction';

interface Props {
  goal: NetworkGoalView;
  position: number;
  first: boolean;
  last: boolean;
  writable: boolean;
  onCommand: (command: GoalCommand) => void;
  onAction: (command: 'edit' | 'remove', action: GoalActionView) => void;
}

/** One goal of the action plan with its actions, each with who, when, how measured and how far. */
export function GoalSection({ goal, position, first, last, writable, onCommand, onAction }: Props) {
  const { t, locale, format, date } = useI18n();
  const tp = t.meetingRecord.actionPlan;
  const pick = (text: LocalizedText) => pickLocalized(text, locale);
  const description = pick(goal.description);
  const headingId = `goal-${goal.id}`;
  const period = (from: string | null, to: string | null) =>
    from && to ? format(t.common.period, { from: date(from), to: date(to) }) : from ? format(t.common.fromDate, { date: date(from) }) : to ? format(t.common.untilDate, { date: date(to) }) : null;
  const goalPeriod = period(goal.periodFrom, goal.periodTo);

  const iconButton = (command: GoalCommand, label: string, icon: React.ReactNode, disabled = false) => (
    <Tooltip label={label} withArrow>
      <ActionIcon variant="default" size="lg" aria-label={label} disabled={disabled} onClick={() => onCommand(command)}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Text size="sm" c="dimmed" fw={600}>
              {format(tp.goalNumber, { number: position })}
            </Text>
            <Group gap="xs">
              <Title order={2} size="h3" id={headingId}>
                <LanguageMarkedText text={goal.name} language={goal.nameLanguage} />
              </Title>
              {goal.archived && (
                <Badge color="gray" variant="light" c="dark.6" tt="none">
                  {t.common.archived}
                </Badge>
              )}
            </Group>
            <Text size="sm">{goalPeriod ? format(tp.period, { period: goalPeriod }) : tp.noPeriod}</Text>
          </Stack>
          {writable && (
            <Group gap={6} wrap="nowrap">
              {iconButton('up', format(tp.moveUpLabel, { name: goal.name }), <IconArrowUp size={18} aria-hidden />, first)}
              {iconButton('down', format(tp.moveDownLabel, { name: goal.name }), <IconArrowDown size={18} aria-hidden />, last)}
              {iconButton('edit', format(tp.editGoalLabel, { name: goal.name }), <IconPencil size={18} aria-hidden />)}
              {goal.archived
                ? iconButton('restore', format(tp.restoreGoalLabel, { name: goal.name }), <IconRestore size={18} aria-hidden />)
                : iconButton('archive', format(tp.archiveGoalLabel, { name: goal.name }), <IconArchive size={18} aria-hidden />)}
            </Group>
          )}
        </Group>
        {description && (
          <Text maw={900} style={{ whiteSpace: 'pre-wrap' }}>
            <LanguageMarkedText text={description.text} language={description.language} />
          </Text>
        )}
        <Group justify="space-between" align="center" mt="xs">
          <Title order={3} size="h5">
            {tp.actions}
          </Title>
          {writable && !goal.archived && (
            <Button size="compact-sm" variant="default" leftSection={<IconPlus size={14} aria-hidden />} aria-label={format(tp.addActionLabel, { name: goal.name })} onClick={() => onCommand('addAction')}>
              {tp.addAction}
            </Button>
          )}
        </Group>
        {goal.actions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {tp.noActions}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing={6}>
              <Table.Caption>
                <VisuallyHidden>{format(tp.actionsCaption, { name: goal.name })}</VisuallyHidden>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w="24%">
                    {tp.action}
                  </Table.Th>
                  <Table.Th scope="col">{tp.actors}</Table.Th>
                  <Table.Th scope="col">{tp.schedule}</Table.Th>
                  <Table.Th scope="col">{tp.indicator}</Table.Th>
                  <Table.Th scope="col">{tp.status}</Table.Th>
                  {writable && <Table.Th scope="col">{t.common.actions}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {goal.actions.map((action) => {
                  const actionDescription = pick(action.description);
                  const scheduleText = pick(action.scheduleText);
                  const schedulePeriod = period(action.scheduleFrom, action.scheduleTo);
                  const indicator = pick(action.indicator);
                  const counts = action.actionItemCounts;
                  return (
                    <Table.Tr key={action.id}>
                      <Table.Th scope="row" fw={400}>
                        <Stack gap={2}>
                          <Text span fw={500}>
                            <LanguageMarkedText text={action.name} language={action.nameLanguage} />
                          </Text>
                          {actionDescription && (
                            <Text span size="xs" c="dimmed">
                              <LanguageMarkedText text={actionDescription.text} language={actionDescription.language} />
                            </Text>
                          )}
                        </Stack>
                      </Table.Th>
                      <Table.Td>
                        <Text size="sm">{action.actors.length > 0 ? action.actors.map((actor) => actor.name).join(', ') : t.common.notGiven}</Text>
                      </Table.Td>
                      <Table.Td>
                        {scheduleText && (
                          <Text size="sm">
                            <LanguageMarkedText text={scheduleText.text} language={scheduleText.language} />
                          </Text>
                        )}
                        {schedulePeriod && <Text size="sm">{schedulePeriod}</Text>}
                        {!scheduleText && !schedulePeriod && t.common.notGiven}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{indicator ? <LanguageMarkedText text={indicator.text} language={indicator.language} /> : t.common.notGiven}</Text>
                      </Table.Td>
                      {/* The linked action items under the status: one column fewer, so the table fits at 1024 px. */}
                      <Table.Td>
                        <Stack gap={4} align="flex-start">
                          <GoalActionStatusBadge status={action.status} />
                          <Text size="xs" c="dimmed">
                            {tp.items}: {counts.open + counts.done === 0 ? tp.noItems : format(tp.itemCounts, counts)}
                          </Text>
                        </Stack>
                      </Table.Td>
                      {writable && (
                        <Table.Td>
                          <Stack gap={4} align="flex-start">
                            <Button size="compact-sm" variant="default" aria-label={format(tp.editActionLabel, { name: action.name })} onClick={() => onAction('edit', action)}>
                              {tp.editAction}
                            </Button>
                            <Button size="compact-sm" variant="outline" color="red.9" aria-label={format(tp.removeActionLabel, { name: action.name })} onClick={() => onAction('remove', action)}>
                              {tp.removeAction}
                            </Button>
                          </Stack>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
