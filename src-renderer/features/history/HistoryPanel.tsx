import { Button, Group, List, Stack, Table, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import type { HistoryEntry } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { toApiError } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { AppModal } from '../../components/AppModal';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { SectionCard } from '../../components/SectionCard';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';

/**
 * An object's change history (who, when, what) with undo of its last change. Every query reloads
 * after a write, so the page around it shows the undone state without being told.
 */
export function HistoryPanel({ entityType, entityId, canEdit }: { entityType: string; entityId: string; canEdit: boolean }) {
  const { t, locale, format, instant } = useI18n();
  const notify = useNotify();
  const history = useApiQuery('history.ofObject', { entityType, entityId });
  const [confirming, setConfirming] = useState<HistoryEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const sectionId = `history-${entityId}`;
  const last = history.data?.entries[0];

  const undo = async (entry: HistoryEntry) => {
    setBusy(true);
    try {
      await call('history.undoLast', { entityType, entityId, expectedChangeId: entry.changeId });
      setConfirming(null);
      notify.success(t.history.undone);
    } catch (error) {
      setConfirming(null);
      notify.actionError(error, history.reload);
    } finally {
      setBusy(false);
    }
  };

  const undoButton =
    canEdit && last?.undoable ? (
      <Button variant="outline" size="sm" leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={() => setConfirming(last)}>
        {t.history.undoLast}
      </Button>
    ) : undefined;

  return (
    <SectionCard id={sectionId} title={t.history.title} actions={undoButton}>
      <Text size="sm" c="dimmed">
        {t.history.intro}
      </Text>
      {!history.data ? (
        history.error ? <FormErrorAlert error={toApiError(history.error, locale)} /> : <LoadingState label={t.common.loading} />
      ) : history.data.entries.length === 0 ? (
        <Text>{t.history.none}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" aria-labelledby={sectionId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.history.when}</Table.Th>
                <Table.Th scope="col">{t.history.who}</Table.Th>
                <Table.Th scope="col">{t.history.what}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.entries.map((entry) => (
                <Table.Tr key={entry.changeId}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{instant(entry.changedAt)}</Table.Td>
                  <Table.Td>{entry.changedBy}</Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Text size="sm" fw={600}>
                        {t.history.operations[entry.operation]}
                      </Text>
                      {entry.fields.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {t.history.noFields}
                        </Text>
                      ) : (
                        <List size="sm" spacing={0}>
                          {entry.fields.map((field) => (
                            <List.Item key={field.field}>
                              {format(t.history.fieldChange, { field: field.label, before: field.before ?? t.history.empty, after: field.after ?? t.history.empty })}
                            </List.Item>
                          ))}
                        </List>
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {confirming && (
        <AppModal opened onClose={() => setConfirming(null)} title={t.history.confirmTitle}>
          <Stack gap="md">
            <Text>
              {format(t.history.confirmText, { operation: t.history.operations[confirming.operation], who: confirming.changedBy, when: instant(confirming.changedAt) })}
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t.common.cancel}
              </Button>
              <Button loading={busy} onClick={() => void undo(confirming)}>
                {t.history.confirm}
              </Button>
            </Group>
          </Stack>
        </AppModal>
      )}
    </SectionCard>
  );
}
