import { Alert, Anchor, Badge, Button, Group, Stack } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { Representative, SuccessionLink } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { toApiError } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { hrefFor } from '../../app/router';
import { useOpenFile } from '../../app/SessionContext';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { LoadingState } from '../../components/LoadingState';
import { useNotify } from '../../components/use-notify';
import { PageTitle } from '../../components/PageTitle';
import { SectionCard } from '../../components/SectionCard';
import { pickLocalized } from '../../../src-main/domain/shared/localized-text';
import { useI18n } from '../../i18n/use-i18n';
import { HistoryPanel } from '../history/HistoryPanel';
import { ActorBasicInfo } from './ActorBasicInfo';
import { ActorFormModal } from './ActorFormModal';
import { ActorNamesSection } from './ActorNamesSection';
import { AddSuccessorsModal } from './AddSuccessorsModal';
import { RenameActorModal } from './RenameActorModal';
import { RepresentativeFormModal } from './RepresentativeFormModal';
import { RepresentativesSection } from './RepresentativesSection';
import { SuccessionsSection } from './SuccessionsSection';

type OpenModal = { kind: 'edit' } | { kind: 'rename' } | { kind: 'successors' } | { kind: 'representative'; representativeId?: string } | null;

export function ActorDetailPage({ id }: { id: string }) {
  const { t, locale, format } = useI18n();
  const file = useOpenFile();
  const notify = useNotify();
  const detail = useApiQuery('actors.get', { id });
  const [modal, setModal] = useState<OpenModal>(null);
  const closeModal = () => setModal(null);
  const canEdit = !file.readOnly;

  const backLink = (
    <Anchor href={hrefFor({ name: 'actors' })} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t.actors.backToList}
      </Group>
    </Anchor>
  );

  if (!detail.data) {
    return (
      <Stack gap="md">
        {backLink}
        <PageTitle documentTitle={t.actors.title}>{detail.error ? t.actor.loadFailed : t.common.loading}</PageTitle>
        {detail.error ? <FormErrorAlert error={toApiError(detail.error, locale)} /> : <LoadingState label={t.common.loading} />}
      </Stack>
    );
  }

  const actor = detail.data;
  const shown = pickLocalized(actor.name, locale) ?? { text: '', language: locale };
  const editedRepresentative =
    modal?.kind === 'representative' && modal.representativeId ? actor.representatives.find((representative) => representative.id === modal.representativeId) : undefined;
  /** Runs a change (every screen then reloads by itself); a failure is announced with a way to reload. */
  const change = async (action: () => Promise<unknown>, after?: () => void) => {
    try {
      await action();
      after?.();
    } catch (error) {
      notify.actionError(error, detail.reload);
    }
  };

  const archive = async () => {
    try {
      const archived = await call('actors.archive', { id: actor.id, expectedVersion: actor.rowVersion });
      notify.withUndo(format(t.actor.archived, { name: shown.text }), () => {
        void change(() => call('actors.restore', { id: archived.id, expectedVersion: archived.rowVersion }));
      });
    } catch (error) {
      notify.actionError(error, detail.reload);
    }
  };

  const restore = () =>
    change(
      () => call('actors.restore', { id: actor.id, expectedVersion: actor.rowVersion }),
      () => notify.success(format(t.actor.restored, { name: shown.text })),
    );

  const removeSuccession = (link: SuccessionLink) =>
    change(
      () => call('actors.removeSuccession', { id: link.id, expectedVersion: link.rowVersion }),
      () => notify.success(t.actor.successionRemoved),
    );

  const archiveRepresentative = async (representative: Representative) => {
    try {
      const archived = await call('representatives.archive', { id: representative.id, expectedVersion: representative.rowVersion });
      notify.withUndo(format(t.representative.archived, { name: representative.name }), () => {
        void change(() => call('representatives.restore', { id: archived.id, expectedVersion: archived.rowVersion }));
      });
    } catch (error) {
      notify.actionError(error, detail.reload);
    }
  };

  const restoreRepresentative = (representative: Representative) =>
    change(
      () => call('representatives.restore', { id: representative.id, expectedVersion: representative.rowVersion }),
      () => notify.success(format(t.representative.restored, { name: representative.name })),
    );

  return (
    <Stack gap="lg" maw={1200}>
      {backLink}
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6}>
          <PageTitle documentTitle={shown.text}>
            <LanguageMarkedText text={shown.text} language={shown.language} />
          </PageTitle>
          <Group gap="xs">
            <Badge variant="light" tt="none">
              {t.actorTypes[actor.type]}
            </Badge>
            {actor.isPublicAuthority && (
              <Badge variant="outline" tt="none">
                {t.actor.publicAuthorityYes}
              </Badge>
            )}
            {actor.archived && (
              <Badge color="gray" variant="filled" tt="none">
                {t.common.archived}
              </Badge>
            )}
          </Group>
        </Stack>
        {canEdit && (
          <Group gap="xs">
            <Button leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setModal({ kind: 'edit' })}>
              {t.common.edit}
            </Button>
            {actor.archived ? (
              <Button variant="outline" leftSection={<IconArrowBackUp size={18} aria-hidden />} onClick={() => void restore()}>
                {t.common.restore}
              </Button>
            ) : (
              <Button variant="outline" color="red.9" leftSection={<IconArchive size={18} aria-hidden />} onClick={() => void archive()}>
                {t.common.archive}
              </Button>
            )}
          </Group>
        )}
      </Group>

      {actor.archived && (
        <Alert color="gray" variant="light" icon={<IconArchive aria-hidden />}>
          {t.actor.archivedNotice}
        </Alert>
      )}

      <SectionCard id="actor-basic" title={t.actor.basicInfo}>
        <ActorBasicInfo actor={actor} />
      </SectionCard>
      <ActorNamesSection actor={actor} canEdit={canEdit} onRename={() => setModal({ kind: 'rename' })} />
      <SuccessionsSection actor={actor} canEdit={canEdit} onAdd={() => setModal({ kind: 'successors' })} onRemove={(link) => void removeSuccession(link)} />
      <RepresentativesSection
        representatives={actor.representatives}
        canEdit={canEdit}
        onAdd={() => setModal({ kind: 'representative' })}
        onEdit={(representative) => setModal({ kind: 'representative', representativeId: representative.id })}
        onArchive={(representative) => void archiveRepresentative(representative)}
        onRestore={(representative) => void restoreRepresentative(representative)}
      />
      <HistoryPanel entityType="actor" entityId={actor.id} canEdit={canEdit} />

      {modal?.kind === 'edit' && (
        <ActorFormModal
          key={actor.rowVersion}
          opened
          actor={actor}
          onClose={closeModal}
          onReload={detail.reload}
          onSaved={() => {
            closeModal();
            notify.success(t.actor.updated);
          }}
        />
      )}
      {modal?.kind === 'rename' && (
        <RenameActorModal
          key={actor.rowVersion}
          actor={actor}
          onClose={closeModal}
          onReload={detail.reload}
          onSaved={() => {
            closeModal();
            notify.success(t.actor.renamed);
          }}
        />
      )}
      {modal?.kind === 'successors' && (
        <AddSuccessorsModal
          actor={actor}
          onClose={closeModal}
          onSaved={() => {
            closeModal();
            notify.success(t.actor.successionAdded);
          }}
        />
      )}
      {modal?.kind === 'representative' && (
        <RepresentativeFormModal
          key={editedRepresentative ? `${editedRepresentative.id}-${editedRepresentative.rowVersion}` : 'new'}
          actorId={actor.id}
          representative={editedRepresentative}
          onClose={closeModal}
          onReload={detail.reload}
          onSaved={(saved) => {
            closeModal();
            notify.success(format(editedRepresentative ? t.representative.updated : t.representative.created, { name: saved.name }));
          }}
        />
      )}
    </Stack>
  );
}
