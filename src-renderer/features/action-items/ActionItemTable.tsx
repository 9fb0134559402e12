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
  /** how many meetings have carried it (under the meeting) */
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
  // With the carried count the meeting goes under the item's title: one column fewer in a meeting's panel.
  const meetingColumn = showMeeting && !showCarried;
  return (
    <Table.ScrollContainer minWidth={560}>
      {/* Long Finnish and Swedish compounds may break, rather than push the buttons out of a 1024 px window. */}
      <Table striped verticalSpacing={6} aria-busy={busy} style={{ overflowWrap: 'anywhere' }}>
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" miw={160}>
              {ti.what}
            </Table.Th>
            {meetingColumn && <Table.Th scope="col">{ti.meeting}</Table.Th>}
            <Table.Th scope="col" miw={140}>
              {ti.owner}
            </Table.Th>
            <Table.Th scope="col">{ti.dueDate}</Table.Th>
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
                    {showMeeting && showCarried && (
                      <>
                        <MeetingOfItem item={item} />
                        <Text span size="xs" c="dimmed">
                          {item.timesCarried === 0 ? ti.notCarried : item.timesCarried === 1 ? ti.carriedOnce : format(ti.carriedTimes, { count: item.timesCarried })}
                        </Text>
                      </>
                    )}
                  </Stack>
                </Table.Th>
                {meetingColumn && (
                  <Table.Td>
                    <MeetingOfItem item={item} />
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

/** The meeting an item was agreed at: a link and the meeting's date. */
function MeetingOfItem({ item }: { item: ActionItemView }) {
  const { t, format, date } = useI18n();
  return (
    <div>
      <Anchor href={hrefFor({ name: 'meeting', id: item.meetingId })} size="sm" style={{ whiteSpace: 'nowrap' }}>
        {format(t.meetingRecord.overview.meetingLink, { number: item.meetingNumber })}
      </Anchor>
      <Text size="xs" c="dimmed">
        {date(item.meetingDate)}
      </Text>
    </div>
  );
}
