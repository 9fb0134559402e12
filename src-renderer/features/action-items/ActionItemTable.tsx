import { Anchor, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ActionItemView } from '../../../src-main/api/contract/index';
import { hrefFor } from '../../app/router';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { useI18n } from '../../i18n/use-i18n';
import { ActionItemState } from './ActionItemStatus';

export type ActionItemAction = 'edit' | 'close' | 'reopen' | 'remove';

interface Props {
  items: readonly ActionItemView[];
  caption: string;
  /** the meeting each item was made at (the overview, and carried items) */
  showMeeting?: boolean;
  /** how many meetings have carried it */
  showCarried?: boolean;
  /** the actions offered; none when the file cannot be written */
  actions: readonly ActionItemAction[];
  onAction: (action: ActionItemAction, item: ActionItemView) => void;
  busy?: boolean;
}

/** Action items as a table: what, (meeting), owner, due date with an overdue marker in words, status. */
export function ActionItemTable({ items, caption, showMeeting, showCarried, actions, onAction, busy }: Props) {
  const { t, format, date } = useI18n();
  const ti = t.meetingRecord.actionItems;
  const can = (action: ActionItemAction) => actions.includes(action);
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table striped verticalSpacing={6} aria-busy={busy}>
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="30%">
              {ti.what}
            </Table.Th>
            {showMeeting && <Table.Th scope="col">{ti.meeting}</Table.Th>}
            <Table.Th scope="col">{ti.owner}</Table.Th>
            <Table.Th scope="col">{ti.dueDate}</Table.Th>
            {showCarried && <Table.Th scope="col">{ti.carriedColumn}</Table.Th>}
            <Table.Th scope="col">{ti.status}</Table.Th>
            {actions.length > 0 && <Table.Th scope="col">{t.common.actions}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const closed = item.status !== 'open';
            return (
              <Table.Tr key={item.id}>
                <Table.Th scope="row" fw={400}>
                  <Stack gap={2}>
                    <Text span fw={500}>
                      <LanguageMarkedText text={item.title} language={item.titleLanguage} />
                    </Text>
                    {item.goalAction && (
                      <Text span size="xs" c="dimmed">
                        {format(ti.goalActionCell, { name: item.goalAction.name })}
                      </Text>
                    )}
                  </Stack>
                </Table.Th>
                {showMeeting && (
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor href={hrefFor({ name: 'meeting', id: item.meetingId })} size="sm">
                      {format(t.meetingRecord.overview.meetingLink, { number: item.meetingNumber })}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {date(item.meetingDate)}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td>
                  <Text size="sm">{item.ownerActor?.name ?? t.common.notGiven}</Text>
                  {item.ownerRepresentative && (
                    <Text size="xs" c="dimmed">
                      {item.ownerRepresentative.name}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.dueDate ? date(item.dueDate) : <Text span size="sm" c="dimmed">{ti.noDueDate}</Text>}</Table.Td>
                {showCarried && (
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{item.timesCarried === 0 ? ti.notCarried : item.timesCarried === 1 ? ti.carriedOnce : format(ti.carriedTimes, { count: item.timesCarried })}</Text>
                  </Table.Td>
                )}
                <Table.Td>
                  <Stack gap={2}>
                    <ActionItemState status={item.status} overdue={item.overdue} />
                    {closed && item.closedOn && (
                      <Text size="xs" c="dimmed">
                        {format(ti.closedOn, { date: date(item.closedOn) })}
                      </Text>
                    )}
                    {item.closingNote && (
                      <Text size="xs" c="dimmed">
                        {format(ti.closingNote, { note: item.closingNote })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                {actions.length > 0 && (
                  <Table.Td>
                    {/* Stacked, so that at 1024 px the table fits without scrolling sideways to the buttons. */}
                    <Stack gap={4} align="flex-start">
                      {can('close') && !closed && (
                        <Button size="compact-sm" variant="outline" aria-label={format(ti.closeLabel, { title: item.title })} onClick={() => onAction('close', item)}>
                          {ti.close}
                        </Button>
                      )}
                      {can('reopen') && closed && (
                        <Button size="compact-sm" variant="outline" aria-label={format(ti.reopenLabel, { title: item.title })} onClick={() => onAction('reopen', item)}>
                          {ti.reopen}
                        </Button>
                      )}
                      {can('edit') && (
                        <Button size="compact-sm" variant="default" aria-label={format(ti.editLabel, { title: item.title })} onClick={() => onAction('edit', item)}>
                          {ti.edit}
                        </Button>
                      )}
                      {can('remove') && (
                        <Button size="compact-sm" variant="outline" color="red.9" aria-label={format(ti.removeLabel, { title: item.title })} onClick={() => onAction('remove', item)}>
                          {ti.remove}
                        </Button>
                      )}
                    </Stack>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
