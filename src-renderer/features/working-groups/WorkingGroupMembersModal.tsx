import { ActionIcon, Button, Group, NativeSelect, Select, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import type { WorkingGroupRole, WorkingGroupView } from '../../../src-main/api/contract/index';
import { WORKING_GROUP_ROLES } from '../../../src-main/api/contract/meetings';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { DateField } from '../../components/DateField';
import { FormFooter } from '../../components/FormFooter';
import { useI18n } from '../../i18n/use-i18n';
import { personSelectData, useRepresentativeOptions } from '../meetings/use-representative-options';

interface Row {
  /** React's key: rows have no id of their own until saved */
  key: number;
  representativeId: string | null;
  /** how the stored member was shown, so an archived representative still reads as a name */
  label: string | null;
  role: WorkingGroupRole;
  validFrom: string;
  validTo: string;
}

/**
 * The group's members as one editable table: a person from the representatives, a role, and an
 * optional period (a role changing from a given day is two rows whose periods do not overlap).
 */
export function WorkingGroupMembersModal({ group, onClose, onSaved }: { group: WorkingGroupView; onClose: () => void; onSaved: (group: WorkingGroupView) => void }) {
  const { t, locale, format } = useI18n();
  const tm = t.workingGroups.members;
  const people = useRepresentativeOptions();
  const nextKey = useRef(group.members.length);
  const [rows, setRows] = useState<Row[]>(() =>
    group.members.map((member, index) => ({
      key: index,
      representativeId: member.representativeId,
      label: `${member.name} (${member.actorName})`,
      role: member.role,
      validFrom: member.validFrom ?? '',
      validTo: member.validTo ?? '',
    })),
  );
  const fields = rows.flatMap((_row, index) => ['representativeId', 'role', 'validFrom', 'validTo'].map((field) => `members.${index}.${field}`));
  const { errors, formError, saving, submit } = useContractSubmit({ method: 'workingGroups.setMembers', fields, locale, onSaved, focusServerErrors: true });

  const change = (key: number, patch: Partial<Row>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const add = () => {
    nextKey.current += 1;
    setRows((current) => [...current, { key: nextKey.current, representativeId: null, label: null, role: 'member', validFrom: '', validTo: '' }]);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const members = rows.map((row) => ({ representativeId: row.representativeId ?? '', role: row.role, validFrom: row.validFrom || null, validTo: row.validTo || null }));
    const missing = Object.fromEntries(rows.flatMap((row, index) => (row.representativeId ? [] : [[`members.${index}.representativeId`, tm.chooseRequired]])));
    return submit(
      event,
      { id: group.id, expectedVersion: group.rowVersion, members },
      { validateAs: { id: group.id, expectedVersion: group.rowVersion, members: members.filter((member) => member.representativeId) }, extraErrors: missing },
    );
  };

  const roleOptions = WORKING_GROUP_ROLES.map((role) => ({ value: role, label: t.workingGroups.roles[role] }));
  const title = format(tm.title, { name: group.name });
  return (
    <AppModal opened onClose={onClose} title={title} size="min(1100px, 96vw)">
      <form noValidate aria-label={title} onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          <Text size="sm">{tm.intro}</Text>
          {rows.length === 0 ? (
            <Text>{tm.none}</Text>
          ) : (
            <Table.ScrollContainer minWidth={880}>
              <Table verticalSpacing="xs" aria-label={tm.caption}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{tm.person}</Table.Th>
                    <Table.Th scope="col">{t.workingGroups.role}</Table.Th>
                    <Table.Th scope="col">{tm.validFrom}</Table.Th>
                    <Table.Th scope="col">{tm.validTo}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t.common.actions}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row, index) => {
                    const number = index + 1;
                    const path = `members.${index}`;
                    return (
                      <Table.Tr key={row.key}>
                        <Table.Td>
                          <Select
                            aria-label={format(tm.personFor, { row: number })}
                            placeholder={people.options ? tm.choose : tm.loadingPeople}
                            searchable
                            data={personSelectData(people.options, row.representativeId && row.label ? { id: row.representativeId, label: row.label } : null)}
                            value={row.representativeId}
                            onChange={(value) => change(row.key, { representativeId: value, label: null })}
                            error={errors[`${path}.representativeId`]}
                            name={`${path}.representativeId`}
                            w={360}
                            comboboxProps={{ withinPortal: true }}
                          />
                        </Table.Td>
                        <Table.Td>
                          <NativeSelect
                            aria-label={format(tm.roleFor, { row: number })}
                            value={row.role}
                            data={roleOptions}
                            onChange={(event) => change(row.key, { role: event.currentTarget.value as WorkingGroupRole })}
                            error={errors[`${path}.role`]}
                            w={170}
                          />
                        </Table.Td>
                        <Table.Td>
                          <DateField
                            aria-label={format(tm.validFromFor, { row: number })}
                            value={row.validFrom}
                            onChange={(value) => change(row.key, { validFrom: value })}
                            error={errors[`${path}.validFrom`]}
                            name={`${path}.validFrom`}
                          />
                        </Table.Td>
                        <Table.Td>
                          <DateField
                            aria-label={format(tm.validToFor, { row: number })}
                            value={row.validTo}
                            onChange={(value) => change(row.key, { validTo: value })}
                            error={errors[`${path}.validTo`]}
                            name={`${path}.validTo`}
                          />
                        </Table.Td>
                        <Table.Td>
                          <Tooltip label={format(tm.remove, { row: number })}>
                            <ActionIcon variant="subtle" color="red.9" aria-label={format(tm.remove, { row: number })} onClick={() => setRows((current) => current.filter((candidate) => candidate.key !== row.key))}>
                              <IconTrash size={18} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group>
            <Button variant="outline" leftSection={<IconPlus size={16} aria-hidden />} onClick={add}>
              {tm.add}
            </Button>
          </Group>
          <FormFooter error={formError} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
