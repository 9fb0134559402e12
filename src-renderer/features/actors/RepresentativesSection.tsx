import { ActionIcon, Anchor, Badge, Button, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPencil, IconUserPlus } from '@tabler/icons-react';
import type { Representative } from '../../../src-main/api/contract/index';
import { SectionCard } from '../../components/SectionCard';
import { useI18n } from '../../i18n/use-i18n';
import { EraseRepresentativeButton, hasLeft } from '../privacy/EraseRepresentativeButton';

interface Props {
  representatives: Representative[];
  canEdit: boolean;
  onAdd: () => void;
  onEdit: (representative: Representative) => void;
  onArchive: (representative: Representative) => void;
  onRestore: (representative: Representative) => void;
}

export function RepresentativesSection({ representatives, canEdit, onAdd, onEdit, onArchive, onRestore }: Props) {
  const { t, date, format } = useI18n();
  const validity = (representative: Representative) => {
    if (representative.validFrom && representative.validTo) return format(t.common.period, { from: date(representative.validFrom), to: date(representative.validTo) });
    if (representative.validFrom) return format(t.common.fromDate, { date: date(representative.validFrom) });
    if (representative.validTo) return format(t.common.untilDate, { date: date(representative.validTo) });
    return '';
  };
  return (
    <SectionCard
      id="actor-representatives"
      title={t.actor.representatives}
      actions={
        <Button variant="outline" size="xs" leftSection={<IconUserPlus size={16} aria-hidden />} onClick={onAdd} disabled={!canEdit}>
          {t.actor.addRepresentative}
        </Button>
      }
    >
      {representatives.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.actor.noRepresentatives}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="xs" aria-labelledby="actor-representatives">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.representative.name}</Table.Th>
                <Table.Th scope="col">{t.representative.title}</Table.Th>
                <Table.Th scope="col">{t.representative.contact}</Table.Th>
                <Table.Th scope="col">{t.representative.role}</Table.Th>
                <Table.Th scope="col">{t.representative.validity}</Table.Th>
                <Table.Th scope="col">{t.representative.status}</Table.Th>
                <Table.Th scope="col">{t.common.actions}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {representatives.map((representative) => {
                const editLabel = format(t.representative.editLabel, { name: representative.name });
                const archiveLabel = format(t.representative.archiveLabel, { name: representative.name });
                const restoreLabel = format(t.representative.restoreLabel, { name: representative.name });
                return (
                  <Table.Tr key={representative.id} c={representative.archived ? 'dimmed' : undefined}>
                    <Table.Th scope="row" fw={600}>
                      {representative.name}
                    </Table.Th>
                    <Table.Td>{representative.title ?? ''}</Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        {representative.email && (
                          <Anchor href={`mailto:${representative.email}`} size="sm" aria-label={`${t.representative.email}: ${representative.email}`}>
                            {representative.email}
                          </Anchor>
                        )}
                        {representative.phone && (
                          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                            <VisuallyHidden>{t.representative.phone}: </VisuallyHidden>
                            {representative.phone}
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>{t.roles[representative.networkRole]}</Table.Td>
                    <Table.Td>{validity(representative)}</Table.Td>
                    <Table.Td>
                      {representative.archived ? (
                        <Badge color="gray" variant="light" c="dark.6">
                          {t.common.archived}
                        </Badge>
                      ) : (
                        t.representative.active
                      )}
                    </Table.Td>
                    <Table.Td>
                      {canEdit && (
                        <Group gap={4} wrap="nowrap">
                          <Tooltip label={editLabel}>
                            <ActionIcon variant="subtle" aria-label={editLabel} onClick={() => onEdit(representative)}>
                              <IconPencil size={18} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                          {representative.archived ? (
                            <Tooltip label={restoreLabel}>
                              <ActionIcon variant="subtle" aria-label={restoreLabel} onClick={() => onRestore(representative)}>
                                <IconArrowBackUp size={18} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                          ) : (
                            <Tooltip label={archiveLabel}>
                              <ActionIcon variant="subtle" color="red.9" aria-label={archiveLabel} onClick={() => onArchive(representative)}>
                                <IconArchive size={18} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                          )}
                          {hasLeft(representative) && <EraseRepresentativeButton representative={representative} />}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
