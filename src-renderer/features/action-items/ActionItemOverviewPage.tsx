import { Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { ActionItemView } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { toApiError } from '../../api/errors';
import { openExport } from '../../api/open-export';
import { useApiQuery } from '../../api/use-api-query';
import { useOpenFile } from '../../app/SessionContext';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { localToday } from '../../components/local-today';
import { PageTitle } from '../../components/PageTitle';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { ActionItemFormModal } from './ActionItemFormModal';
import { type ActionItemAction, ActionItemTable } from './ActionItemTable';
import { CloseActionItemModal } from './CloseActionItemModal';

const STATES = ['open', 'overdue', 'done', 'all'] as const;
type State = (typeof STATES)[number];

const collator = new Intl.Collator('fi');

/** Every meeting's action items, by organisation, person and state; closed and reopened in place, exported to Excel. */
export function ActionItemOverviewPage() {
  const { t, locale, format } = useI18n();
  const to = t.meetingRecord.overview;
  const ti = t.meetingRecord.actionItems;
  const file = useOpenFile();
  const notify = useNotify();
  const [actorId, setActorId] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [state, setState] = useState<State>('open');
  const [open, setOpen] = useState<{ kind: ActionItemAction; item: ActionItemView } | null>(null);
  const [exporting, setExporting] = useState(false);
  const filters = { actorId: actorId || undefined, ownerRepresentativeId: ownerId || undefined, state };
  const items = useApiQuery('actionItems.overview', { ...filters, lang: locale });
  // The people to filter by: everyone who owns an item of the chosen organisation.
  const everyone = useApiQuery('actionItems.overview', { actorId: actorId || undefined, state: 'all', lang: locale });
  const actors = useApiQuery('actors.list', { lang: locale, includeArchived: true });
  const owners = new Map<string, string>();
  for (const item of everyone.data ?? []) if (item.ownerRepresentative) owners.set(item.ownerRepresentative.representativeId, item.ownerRepresentative.name);
  const ownerOptions = [...owners].sort((a, b) => collator.compare(a[1], b[1])).map(([value, label]) => ({ value, label }));
  const count = items.data?.length ?? 0;

  const onAction = async (action: ActionItemAction, item: ActionItemView) => {
    if (action !== 'reopen') return setOpen({ kind: action, item });
    try {
      await call('actionItems.reopen', { id: item.id, expectedVersion: item.rowVersion });
      notify.success(format(ti.reopened, { title: item.title }));
    } catch (error) {
      notify.actionError(error, items.reload);
    }
  };

  const exportExcel = async () => {
    setExporting(true);
    try {
      const result = await call('exports.actionItemsWorkbook', { ...filters, lang: locale });
      if (result) {
        await openExport(result);
        notify.success(format(to.exported, { file: result.fileName }));
      }
    } catch (error) {
      notify.error(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageTitle documentTitle={to.title}>{to.title}</PageTitle>
        <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} loading={exporting} onClick={() => void exportExcel()}>
          {to.exportExcel}
        </Button>
      </Group>
      <Text maw={900}>{to.intro}</Text>
      <Paper withBorder p="md" component="form" aria-label={to.filters} onSubmit={(event) => event.preventDefault()}>
        <Group align="flex-end" gap="md">
          <NativeSelect
            label={to.organisation}
            value={actorId}
            onChange={(event) => {
              setActorId(event.currentTarget.value);
              setOwnerId('');
            }}
            data={[{ value: '', label: to.allOrganisations }, ...(actors.data ?? []).map((actor) => ({ value: actor.id, label: actor.name }))]}
            w={320}
          />
          <NativeSelect label={to.person} value={ownerId} onChange={(event) => setOwnerId(event.currentTarget.value)} data={[{ value: '', label: to.allPeople }, ...ownerOptions]} w={260} />
          <NativeSelect
            label={to.state}
            value={state}
            onChange={(event) => setState(event.currentTarget.value as State)}
            data={STATES.map((value) => ({ value, label: to.states[value] }))}
            w={200}
          />
        </Group>
      </Paper>
      {items.error ? <FormErrorAlert error={toApiError(items.error, locale)} /> : null}
      <Text role="status" size="sm" c="dimmed">
        {items.data ? (count === 1 ? to.countOne : format(to.count, { count })) : items.error ? '' : t.common.loading}
      </Text>
      {items.data &&
        (count === 0 ? (
          <Text>{to.none}</Text>
        ) : (
          <ActionItemTable
            items={items.data}
            caption={to.caption}
            showMeeting
            actions={file.readOnly ? [] : ['close', 'reopen', 'edit']}
            onAction={(action, item) => void onAction(action, item)}
            busy={items.loading}
          />
        ))}
      {open?.kind === 'close' && (
        <CloseActionItemModal
          item={open.item}
          defaultDate={localToday()}
          onClose={() => setOpen(null)}
          onReload={items.reload}
          onSaved={() => {
            setOpen(null);
            notify.success(format(ti.closed, { title: open.item.title }));
          }}
        />
      )}
      {open?.kind === 'edit' && (
        <ActionItemFormModal
          item={open.item}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            notify.success(ti.updated);
          }}
        />
      )}
    </Stack>
  );
}
