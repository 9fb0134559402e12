import { Anchor, Button, Group, Stack, Switch, Text } from '@mantine/core';
import { IconArrowLeft, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { WorkingGroupView } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { toApiError } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { hrefFor } from '../../app/router';
import { useOpenFile } from '../../app/SessionContext';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { WorkingGroupFormModal } from './WorkingGroupFormModal';
import { WorkingGroupMembersModal } from './WorkingGroupMembersModal';
import { type WorkingGroupCommand, WorkingGroupSection } from './WorkingGroupSection';

type Open = { kind: 'new' } | { kind: 'edit' | 'members'; group: WorkingGroupView } | null;

/** The network's working groups (työryhmät), each with its members; reached from the meetings page. */
export function WorkingGroupsPage() {
  const { t, locale, format } = useI18n();
  const tw = t.workingGroups;
  const file = useOpenFile();
  const notify = useNotify();
  const [showArchived, setShowArchived] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const groups = useApiQuery('workingGroups.list', { includeArchived: true, lang: locale });
  const all = groups.data ?? [];
  const shown = all.filter((group) => showArchived || !group.archived);
  const writable = !file.readOnly;
  const close = () => setOpen(null);

  const command = async (group: WorkingGroupView, which: WorkingGroupCommand) => {
    if (which === 'edit' || which === 'members') return setOpen({ kind: which, group });
    try {
      const saved = await call('workingGroups.archive', { id: group.id, expectedVersion: group.rowVersion, archived: which === 'archive' });
      notify.success(format(which === 'archive' ? tw.archived : tw.restored, { name: saved.name }));
    } catch (error) {
      notify.actionError(error, groups.reload);
    }
  };

  return (
    <Stack gap="lg">
      <Anchor href={hrefFor({ name: 'meetings' })} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {tw.backToMeetings}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <PageTitle documentTitle={tw.title}>{tw.title}</PageTitle>
        {writable && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setOpen({ kind: 'new' })}>
            {tw.newGroup}
          </Button>
        )}
      </Group>
      <Text maw={900}>{tw.intro}</Text>
      <Switch label={tw.showArchived} checked={showArchived} onChange={(event) => setShowArchived(event.currentTarget.checked)} />
      {groups.error ? <FormErrorAlert error={toApiError(groups.error, locale)} onReload={groups.reload} /> : null}
      {!groups.data && !groups.error && <LoadingState label={t.common.loading} />}
      {groups.data && (
        <Text role="status" size="sm" c="dimmed">
          {shown.length === 1 ? tw.countOne : format(tw.count, { count: shown.length })}
        </Text>
      )}
      {groups.data && shown.length === 0 && <Text>{all.length === 0 ? tw.none : tw.noneActive}</Text>}
      {shown.map((group) => (
        <WorkingGroupSection key={group.id} group={group} writable={writable} onCommand={(which) => void command(group, which)} />
      ))}
      {open?.kind === 'new' && (
        <WorkingGroupFormModal
          onClose={close}
          onSaved={(group) => {
            close();
            notify.success(format(tw.created, { name: group.name }));
          }}
        />
      )}
      {open?.kind === 'edit' && (
        <WorkingGroupFormModal
          group={open.group}
          onClose={close}
          onSaved={() => {
            close();
            notify.success(tw.updated);
          }}
        />
      )}
      {open?.kind === 'members' && (
        <WorkingGroupMembersModal
          group={open.group}
          onClose={close}
          onSaved={(group) => {
            close();
            notify.success(format(tw.membersSaved, { name: group.name }));
          }}
        />
      )}
    </Stack>
  );
}
