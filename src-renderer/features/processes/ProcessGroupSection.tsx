import { ActionIcon, Anchor, Badge, Box, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconPencil, IconTrash } from '@tabler/icons-react';
import type { ProcessSummary } from '../../../src-main/api/contract/index';
import { hrefFor } from '../../app/router';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { SectionCard } from '../../components/SectionCard';
import { useI18n } from '../../i18n/use-i18n';
import { ProcessStatusBadge } from './ProcessStatusBadge';

/** A caption for screen readers that takes no room (a caption with hidden content still adds its padding below the table). */
const HIDDEN_CAPTION = { position: 'absolute', width: 1, height: 1, margin: -1, padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

interface Props {
  id: string;
  title: string;
  processes: ProcessSummary[];
  busy: boolean;
  /** present for a real group (not the "no group" section) that the user may edit */
  onRename?: () => void;
  onRemove?: () => void;
}

/** One group of the process map: its processes with owner, status, step count and legal warnings. */
export function ProcessGroupSection({ id, title, processes, busy, onRename, onRemove }: Props) {
  const { t, format, number } = useI18n();
  const text = t.processes;
  const renameLabel = format(text.group.rename, { name: title });
  const removeLabel = format(text.group.remove, { name: title });
  return (
    <SectionCard
      id={id}
      title={title}
      actions={
        <>
          {onRename && (
            <Tooltip label={renameLabel}>
              <ActionIcon variant="subtle" aria-label={renameLabel} onClick={onRename}>
                <IconPencil size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          )}
          {onRemove && processes.length === 0 && (
            <Tooltip label={removeLabel}>
              <ActionIcon variant="subtle" color="red.9" aria-label={removeLabel} onClick={onRemove}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          )}
        </>
      }
    >
      {processes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {text.groupEmpty}
        </Text>
      ) : (
        <Box style={{ overflowX: 'auto' }}>
          <Table verticalSpacing="sm" highlightOnHover aria-busy={busy} layout="fixed" miw={760}>
            <Table.Caption style={HIDDEN_CAPTION}>{format(text.tableCaption, { name: title })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w="36%">
                  {text.columnName}
                </Table.Th>
                <Table.Th scope="col" w="22%">
                  {text.columnOwner}
                </Table.Th>
                <Table.Th scope="col" w="13%">
                  {text.columnStatus}
                </Table.Th>
                <Table.Th scope="col" w="9%" ta="right">
                  {text.columnSteps}
                </Table.Th>
                <Table.Th scope="col">{text.columnNotes}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {processes.map((process) => (
                <Table.Tr key={process.id}>
                  <Table.Th scope="row" fw={400}>
                    <Group gap={6} wrap="wrap">
                      <Anchor href={hrefFor({ name: 'process', id: process.id })} fw={600}>
                        <LanguageMarkedText text={process.name} language={process.nameLanguage} />
                      </Anchor>
                      {process.archived && (
                        <Badge color="gray" variant="light" c="dark.6" tt="none">
                          {t.common.archived}
                        </Badge>
                      )}
                    </Group>
                  </Table.Th>
                  <Table.Td>
                    {process.ownerName ?? (
                      <Text span size="sm" c="dimmed">
                        {text.noOwner}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ProcessStatusBadge status={process.status} />
                  </Table.Td>
                  <Table.Td ta="right">{number(process.stepCount)}</Table.Td>
                  <Table.Td>
                    {process.repealedReferenceCount > 0 && (
                      <Group gap={4} wrap="nowrap" align="flex-start" title={format(text.repealedBadgeLabel, { count: process.repealedReferenceCount })}>
                        <IconAlertTriangle size={16} aria-hidden color="var(--mantine-color-red-9)" style={{ flexShrink: 0, marginTop: 2 }} />
                        <Text size="sm" c="red.9" fw={600}>
                          {format(text.repealedBadge, { count: number(process.repealedReferenceCount) })}
                        </Text>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
    </SectionCard>
  );
}
