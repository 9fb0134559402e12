import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconArrowForward } from '@tabler/icons-react';
import type { MeetingDetail, OfferedAgendaItem } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';

/** Items left undiscussed at earlier meetings ("Ehdotetaan tähän kokoukseen"): add here, or stop offering. */
export function OfferedItems({ meeting, onChange, onReload }: { meeting: MeetingDetail; onChange: (meeting: MeetingDetail) => void; onReload: () => void }) {
  const { t, format } = useI18n();
  const ta = t.meetings.agenda;
  const notify = useNotify();

  const act = async (offered: OfferedAgendaItem, add: boolean) => {
    try {
      const next = add
        ? await call('agendaItems.carryOver', { fromItemId: offered.itemId, toMeetingId: meeting.id })
        : await call('agendaItems.dismissCarryOver', { fromItemId: offered.itemId, meetingId: meeting.id });
      onChange(next);
      notify.success(add ? ta.offeredAdded : ta.offeredDismissed);
    } catch (error) {
      notify.actionError(error, onReload);
    }
  };

  return (
    <Alert color="kotoBlue" variant="light" icon={<IconArrowForward aria-hidden />} title={ta.offeredTitle} component="section" aria-label={ta.offeredTitle}>
      <Stack gap="xs">
        <Text size="sm">{ta.offeredText}</Text>
        <List listStyleType="none" spacing="xs" p={0} m={0}>
          {meeting.offeredItems.map((offered) => {
            const label = format(ta.offeredItem, { label: offered.label, title: offered.title, number: offered.meetingNumber });
            return (
              <List.Item key={offered.itemId}>
                <Group gap="sm" justify="space-between" wrap="wrap">
                  <Text size="sm">{label}</Text>
                  <Group gap="xs">
                    <Button size="compact-sm" onClick={() => void act(offered, true)} aria-label={`${ta.addOffered}: ${label}`}>
                      {ta.addOffered}
                    </Button>
                    <Button size="compact-sm" variant="default" onClick={() => void act(offered, false)} aria-label={`${ta.dismissOffered}: ${label}`}>
                      {ta.dismissOffered}
                    </Button>
                  </Group>
                </Group>
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </Alert>
  );
}
