import { Button, Group, List, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { MatrixAcceptance, MatrixView } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { SectionCard } from '../../components/SectionCard';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { AcceptanceFormModal } from './AcceptanceFormModal';
import { MeetingDecisionLink } from './MeetingDecisionLink';

interface Props {
  view: MatrixView;
  writable: boolean;
  onReload: () => void;
}

/**
 * Acceptance by each member organisation: a network meeting cannot bind its members, so each
 * approved version records who accepted it for each organisation, when, and by what decision.
 */
export function AcceptancePanel({ view, writable, onReload }: Props) {
  const { t, format, date } = useI18n();
  const ta = t.matrices.acceptance;
  const notify = useNotify();
  const [recording, setRecording] = useState<string | null | undefined>(undefined);
  const approved = view.version.status === 'approved' || view.version.status === 'superseded';
  const accepted = new Set(view.acceptances.map((acceptance) => acceptance.actorId));
  const missing = view.columns.filter((column) => !accepted.has(column.actorId) && !column.archived && !column.superseded);
  const canRecord = writable && view.version.status === 'approved';

  const remove = async (acceptance: MatrixAcceptance) => {
    try {
      await call('acceptances.delete', { id: acceptance.id, expectedVersion: acceptance.rowVersion });
      notify.success(format(ta.removed, { name: acceptance.actorName }));
    } catch (error) {
      notify.actionError(error, onReload);
    }
  };

  if (!approved) return <Text c="dimmed">{ta.notApproved}</Text>;

  return (
    <Stack gap="lg">
      <Text size="sm">{ta.intro}</Text>
      <SectionCard
        id="acceptances"
        title={ta.title}
        actions={
          canRecord && (
            <Button size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRecording(null)}>
              {ta.record}
            </Button>
          )
        }
      >
        <Text size="sm" fw={500} role="status">
          {format(ta.count, { accepted: view.acceptances.length, total: view.acceptances.length + missing.length })}
        </Text>
        {view.acceptances.length === 0 ? (
          <Text>{ta.none}</Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing={6}>
              <Table.Caption>
                <VisuallyHidden>{ta.caption}</VisuallyHidden>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{ta.actor}</Table.Th>
                  <Table.Th scope="col">{ta.acceptedBy}</Table.Th>
                  <Table.Th scope="col">{ta.acceptedOn}</Table.Th>
                  <Table.Th scope="col">{ta.body}</Table.Th>
                  <Table.Th scope="col">{ta.section}</Table.Th>
                  <Table.Th scope="col">{ta.caseNumber}</Table.Th>
                  {canRecord && <Table.Th scope="col">{t.common.actions}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.acceptances.map((acceptance) => (
                  <Table.Tr key={acceptance.id}>
                    <Table.Th scope="row" fw={500}>
                      {acceptance.actorName}
                    </Table.Th>
                    <Table.Td>{acceptance.acceptedByName}</Table.Td>
                    <Table.Td>
                      {date(acceptance.acceptedOn)}
                      {acceptance.decision && (
                        <Text size="sm">
                          <MeetingDecisionLink place={acceptance.decision} template={t.matrices.recordedAt} />
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{acceptance.body ?? t.common.notGiven}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{acceptance.section ?? t.common.notGiven}</Table.Td>
                    <Table.Td>{acceptance.caseNumber ?? t.common.notGiven}</Table.Td>
                    {canRecord && (
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="outline"
                          color="red.9"
                          leftSection={<IconTrash size={14} aria-hidden />}
                          aria-label={format(ta.removeLabel, { name: acceptance.actorName })}
                          onClick={() => void remove(acceptance)}
                        >
                          {ta.remove}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </SectionCard>
      <SectionCard id="acceptances-missing" title={ta.missingTitle}>
        {missing.length === 0 ? (
          <Text>{ta.missingNone}</Text>
        ) : (
          <List spacing={6} listStyleType="none" p={0}>
            {missing.map((column) => (
              <List.Item key={column.actorId}>
                <Group gap="sm">
                  <Text span>{column.name}</Text>
                  {canRecord && (
                    <Button size="compact-sm" variant="subtle" aria-label={format(ta.recordLabel, { name: column.name })} onClick={() => setRecording(column.actorId)}>
                      {ta.record}
                    </Button>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </SectionCard>
      {recording !== undefined && (
        <AcceptanceFormModal
          view={view}
          actorId={recording}
          choices={missing}
          onClose={() => setRecording(undefined)}
          onSaved={(name) => {
            setRecording(undefined);
            notify.success(format(ta.recorded, { name }));
          }}
        />
      )}
    </Stack>
  );
}
