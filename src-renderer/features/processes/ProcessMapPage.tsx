import { Anchor, Button, Group, Stack, Switch, Text } from '@mantine/core';
import { IconFolderPlus, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ProcessGroup } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { toApiError } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { hrefFor, navigate } from '../../app/router';
import { useOpenFile } from '../../app/SessionContext';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { ExportMenu } from './ExportMenu';
import { plainText } from './localized';
import { NameFormModal } from './NameFormModal';
import { ProcessFormModal } from './ProcessFormModal';
import { ProcessGroupSection } from './ProcessGroupSection';

type OpenModal = { kind: 'process' } | { kind: 'newGroup' } | { kind: 'renameGroup'; group: ProcessGroup } | null;

/** Prosessikartta: the network's processes by group, with their owner, status and warnings. */
export function ProcessMapPage() {
  const { t, locale, format } = useI18n();
  const text = t.processes;
  const file = useOpenFile();
  const notify = useNotify();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [modal, setModal] = useState<OpenModal>(null);
  const map = useApiQuery('processes.map', { lang: locale, includeArchived });
  // A new network has no actors yet: owners and performers are chosen from them, so that comes first.
  const actors = useApiQuery('actors.list', { lang: locale });
  const noActors = actors.data?.length === 0;
  const closeModal = () => setModal(null);
  const canEdit = !file.readOnly;
  const groupNameLabels = { fi: text.group.nameFi, sv: text.group.nameSv, en: text.group.nameEn };

  const removeGroup = async (group: ProcessGroup) => {
    try {
      await call('processGroups.delete', { id: group.id, expectedVersion: group.rowVersion });
      notify.success(format(text.group.removed, { name: plainText(group.name, locale) }));
    } catch (error) {
      notify.actionError(error, map.reload);
    }
  };

  const data = map.data;
  const count = data?.processes.length ?? 0;

  const ungrouped = data?.processes.filter((process) => process.groupId === null || !data.groups.some((group) => group.id === process.groupId)) ?? [];

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <PageTitle documentTitle={text.mapTitle}>{text.mapTitle}</PageTitle>
        <Group gap="xs">
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setModal({ kind: 'process' })} disabled={!canEdit}>
            {text.newProcess}
          </Button>
          <Button variant="outline" leftSection={<IconFolderPlus size={18} aria-hidden />} onClick={() => setModal({ kind: 'newGroup' })} disabled={!canEdit}>
            {text.newGroup}
          </Button>
          {count > 0 && <ExportMenu label={text.export.allButton} input={{ all: true }} />}
        </Group>
      </Group>
      <Text maw={760}>{text.mapIntro}</Text>
      <Switch label={text.showArchived} checked={includeArchived} onChange={(event) => setIncludeArchived(event.currentTarget.checked)} />
      {map.error ? <FormErrorAlert error={toApiError(map.error, locale)} /> : null}
      {!data && !map.error && <LoadingState label={t.common.loading} />}
      {data && (
        <>
          <Text role="status" size="sm" c="dimmed">
            {count === 1 ? text.countOne : format(text.count, { count })}
          </Text>
          {data.groups.length === 0 && count === 0 && <Text maw={760}>{text.noneYet}</Text>}
          {noActors && count === 0 && (
            <Text maw={760}>
              {text.noActorsYet}{' '}
              <Anchor href={hrefFor({ name: 'actors' })} fw={600}>
                {t.home.goToActors}
              </Anchor>
            </Text>
          )}
          {data.groups.map((group) => {
            const name = plainText(group.name, locale);
            return (
              <ProcessGroupSection
                key={group.id}
                id={`process-group-${group.id}`}
                title={name}
                processes={data.processes.filter((process) => process.groupId === group.id)}
                busy={map.loading}
                onRename={canEdit ? () => setModal({ kind: 'renameGroup', group }) : undefined}
                onRemove={canEdit ? () => void removeGroup(group) : undefined}
              />
            );
          })}
          {ungrouped.length > 0 && <ProcessGroupSection id="process-group-none" title={text.ungrouped} processes={ungrouped} busy={map.loading} />}
        </>
      )}

      {modal?.kind === 'process' && (
        <ProcessFormModal
          groups={data?.groups}
          defaultGroupId={data?.groups[0]?.id}
          onClose={closeModal}
          onSaved={(process) => {
            closeModal();
            notify.success(format(text.process.created, { name: plainText(process.name, locale) }));
            navigate({ name: 'process', id: process.id });
          }}
        />
      )}
      {modal?.kind === 'newGroup' && (
        <NameFormModal
          method="processGroups.create"
          target={{}}
          title={text.group.newTitle}
          legend={text.group.name}
          hint={text.group.nameHint}
          labels={groupNameLabels}
          onClose={closeModal}
          onSaved={(group) => {
            closeModal();
            notify.success(format(text.group.created, { name: plainText(group.name, locale) }));
          }}
        />
      )}
      {modal?.kind === 'renameGroup' && (
        <NameFormModal
          method="processGroups.update"
          target={{ id: modal.group.id, expectedVersion: modal.group.rowVersion }}
          title={text.group.renameTitle}
          legend={text.group.name}
          hint={text.group.nameHint}
          labels={groupNameLabels}
          initial={modal.group.name}
          onClose={closeModal}
          onReload={map.reload}
          onSaved={() => {
            closeModal();
            notify.success(text.group.renamed);
          }}
        />
      )}
    </Stack>
  );
}
