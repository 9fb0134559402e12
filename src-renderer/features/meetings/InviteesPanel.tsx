import { ActionIcon, Badge, Button, Group, NativeSelect, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { InviteeRole, MeetingDetail } from '../../../src-main/api/contract/index';
import { INVITEE_ROLES } from '../../../src-main/api/contract/meetings';
import { call } from '../../api/api';
import { SectionCard } from '../../components/SectionCard';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { useRepresentativeOptions } from './use-representative-options';

interface Props {
  meeting: MeetingDetail;
  canEdit: boolean;
  onChange: (meeting: MeetingDetail) => void;
  onReload: () => void;
}

/** Who is invited, chosen from the representatives, each as chair, required or optional. */
export function InviteesPanel({ meeting, canEdit, onChange, onReload }: Props) {
  const { t, format } = useI18n();
  const tv = t.meetings.invitees;
  const notify = useNotify();
  const people = useRepresentativeOptions();
  const [adding, setAdding] = useState<string | null>(null);
  const [addRole, setAddRole] = useState<InviteeRole>('required');
  const [saving, setSaving] = useState(false);
  const current = meeting.invitees.map((invitee) => ({ representativeId: invitee.representativeId, role: invitee.role }));

  const save = async (invitees: Array<{ representativeId: string; role: InviteeRole }>) => {
    setSaving(true);
    try {
      onChange(await call('meetings.setInvitees', { meetingId: meeting.id, expectedVersion: meeting.rowVersion, invitees }));
      notify.success(tv.saved);
      return true;
    } catch (error) {
      notify.actionError(error, onReload);
      return false;
    } finally {
      setSaving(false);
    }
  };

  const add = async () => {
    if (!adding) return;
    if (await save([...current, { representativeId: adding, role: addRole }])) setAdding(null);
  };

  const roleOptions = INVITEE_ROLES.map((role) => ({ value: role, label: tv.roles[role] }));
  const available = (people.options ?? []).filter((option) => !meeting.invitees.some((invitee) => invitee.representativeId === option.id)).map((option) => ({ value: option.id, label: option.label }));

  return (
    <SectionCard id="meeting-invitees" title={tv.title}>
      <Text size="sm" maw={760}>
        {tv.description}
      </Text>
      {meeting.invitees.length === 0 ? (
        <Text>{tv.none}</Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table verticalSpacing="xs" aria-labelledby="meeting-invitees" aria-busy={saving}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{tv.name}</Table.Th>
                <Table.Th scope="col">{tv.organisation}</Table.Th>
                <Table.Th scope="col">{tv.email}</Table.Th>
                <Table.Th scope="col">{tv.role}</Table.Th>
                {canEdit && <Table.Th scope="col">{t.common.actions}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meeting.invitees.map((invitee) => (
                <Table.Tr key={invitee.representativeId}>
                  <Table.Th scope="row" fw={400}>
                    <Group gap={6}>
                      {invitee.name}
                      {invitee.inactive && (
                        <Badge color="gray" variant="light" c="dark.6" tt="none" size="sm">
                          {tv.inactive}
                        </Badge>
                      )}
                    </Group>
                  </Table.Th>
                  <Table.Td>{invitee.actorName}</Table.Td>
                  <Table.Td>
                    {invitee.email ?? (
                      <Text span size="sm" c="dimmed" fs="italic">
                        {tv.noEmail}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {canEdit ? (
                      <NativeSelect
                        aria-label={format(tv.roleFor, { name: invitee.name })}
                        value={invitee.role}
                        data={roleOptions}
                        size="xs"
                        w={170}
                        disabled={saving}
                        onChange={(event) => {
                          const role = event.currentTarget.value as InviteeRole;
                          void save(current.map((entry) => (entry.representativeId === invitee.representativeId ? { ...entry, role } : entry)));
                        }}
                      />
                    ) : (
                      tv.roles[invitee.role]
                    )}
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Tooltip label={format(tv.remove, { name: invitee.name })}>
                        <ActionIcon
                          variant="subtle"
                          color="red.9"
                          aria-label={format(tv.remove, { name: invitee.name })}
                          onClick={() => void save(current.filter((entry) => entry.representativeId !== invitee.representativeId))}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canEdit && (
        <Stack gap="xs">
          <Group align="flex-end" gap="sm">
            <Select
              label={tv.chooseRepresentative}
              placeholder={people.options ? undefined : t.meetings.form.loadingPeople}
              searchable
              clearable
              data={available}
              value={adding}
              onChange={setAdding}
              w={420}
              comboboxProps={{ withinPortal: true }}
            />
            <NativeSelect label={tv.role} value={addRole} onChange={(event) => setAddRole(event.currentTarget.value as InviteeRole)} data={roleOptions} w={180} />
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => void add()} disabled={!adding} loading={saving}>
              {tv.add}
            </Button>
          </Group>
        </Stack>
      )}
    </SectionCard>
  );
}
