import { ActionIcon, Button, Group, List, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash, IconUsersPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ProcessDetail, TargetGroup } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { AppModal } from '../../components/AppModal';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { SectionCard } from '../../components/SectionCard';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { plainText, shownText } from './localized';
import { NameFormModal } from './NameFormModal';

type OpenModal = { kind: 'new' } | { kind: 'rename'; group: TargetGroup } | { kind: 'remove'; group: TargetGroup } | null;

/** Kohderyhmät: the client groups the process serves; a step may be one group's variant. */
export function TargetGroupsSection({ process, canEdit, onReload }: { process: ProcessDetail; canEdit: boolean; onReload: () => void }) {
  const { t, locale, format } = useI18n();
  const text = t.processes.targetGroups;
  const notify = useNotify();
  const [modal, setModal] = useState<OpenModal>(null);
  const [removing, setRemoving] = useState(false);
  const closeModal = () => setModal(null);
  const labels = { fi: text.nameFi, sv: text.nameSv, en: text.nameEn };

  const remove = async (group: TargetGroup) => {
    setRemoving(true);
    try {
      await call('targetGroups.delete', { id: group.id, expectedVersion: group.rowVersion });
      closeModal();
      notify.success(format(text.removed, { name: plainText(group.name, locale) }));
    } catch (error) {
      closeModal();
      notify.actionError(error, onReload);
    } finally {
      setRemoving(false);
    }
  };

  return (
    <SectionCard
      id="process-target-groups"
      title={text.title}
      actions={
        canEdit && (
          <Button variant="outline" size="xs" leftSection={<IconUsersPlus size={16} aria-hidden />} onClick={() => setModal({ kind: 'new' })}>
            {text.add}
          </Button>
        )
      }
    >
      <Text size="sm" c="dimmed">
        {text.description}
      </Text>
      {process.targetGroups.length === 0 ? (
        <Text size="sm">{text.none}</Text>
      ) : (
        <List spacing={4}>
          {process.targetGroups.map((group) => {
            const name = shownText(group.name, locale);
            const renameLabel = format(text.rename, { name: name.text });
            const removeLabel = format(text.remove, { name: name.text });
            return (
              <List.Item key={group.id}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm">
                    <LanguageMarkedText text={name.text} language={name.language} />
                  </Text>
                  {canEdit && (
                    <>
                      <Tooltip label={renameLabel}>
                        <ActionIcon variant="subtle" size="sm" aria-label={renameLabel} onClick={() => setModal({ kind: 'rename', group })}>
                          <IconPencil size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={removeLabel}>
                        <ActionIcon variant="subtle" size="sm" color="red.9" aria-label={removeLabel} onClick={() => setModal({ kind: 'remove', group })}>
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </>
                  )}
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}

      {modal?.kind === 'new' && (
        <NameFormModal
          method="targetGroups.create"
          target={{ processId: process.id }}
          title={text.newTitle}
          legend={text.name}
          hint={text.nameHint}
          labels={labels}
          onClose={closeModal}
          onSaved={(_, name) => {
            closeModal();
            notify.success(format(text.created, { name: plainText(name, locale) }));
          }}
        />
      )}
      {modal?.kind === 'rename' && (
        <NameFormModal
          method="targetGroups.update"
          target={{ id: modal.group.id, expectedVersion: modal.group.rowVersion }}
          title={text.renameTitle}
          legend={text.name}
          hint={text.nameHint}
          labels={labels}
          initial={modal.group.name}
          onClose={closeModal}
          onReload={onReload}
          onSaved={() => {
            closeModal();
            notify.success(text.renamed);
          }}
        />
      )}
      {modal?.kind === 'remove' && (
        <AppModal opened onClose={closeModal} title={text.removeTitle}>
          <Stack gap="md">
            <Text size="sm">{format(text.removeText, { name: plainText(modal.group.name, locale) })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={closeModal} data-autofocus>
                {t.common.cancel}
              </Button>
              <Button color="red.9" loading={removing} onClick={() => void remove(modal.group)}>
                {text.removeConfirm}
              </Button>
            </Group>
          </Stack>
        </AppModal>
      )}
    </SectionCard>
  );
}
