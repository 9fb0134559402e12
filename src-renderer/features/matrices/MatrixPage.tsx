import { Alert, Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconArrowLeft, IconDownload, IconLock, IconPencil, IconUpload } from '@tabler/icons-react';
import { useCallback, useRef, useState } from 'react';
import type { Finding, MatrixView } from '../../../src-main/api/contract/index';
import { pickLocalized } from '../../../src-main/domain/shared/localized-text';
import { call } from '../../api/api';
import { toApiError } from '../../api/errors';
import { openExport } from '../../api/open-export';
import { useApiQuery } from '../../api/use-api-query';
import { hrefFor, navigate } from '../../app/router';
import { useOpenFile } from '../../app/SessionContext';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { AcceptancePanel } from './AcceptancePanel';
import { ExcelImportModal } from './ExcelImportModal';
import { FindingsList } from './FindingsList';
import { type GridHandle, RaciGrid } from './grid/RaciGrid';
import { type MatrixEditor, useMatrixEditor } from './grid/use-matrix-editor';
import { ApproveModal, NewDraftModal, ReturnToDraftModal, SendToReviewModal } from './LifecycleModals';
import { MatrixSettingsModal } from './MatrixSettingsModal';
import { MeetingDecisionLink } from './MeetingDecisionLink';
import { RaciLegend } from './RaciLegend';
import { ReviewPanel } from './ReviewPanel';
import { StructurePanel } from './StructurePanel';
import { TaskFormModal } from './TaskFormModal';
import { VersionsPanel } from './VersionsPanel';
import { VersionStatusBadge } from './VersionStatusBadge';

/** One version of a responsibility matrix (the latest when no version is named in the address). */
export function MatrixPage({ matrixId, versionId }: { matrixId: string; versionId: string | null }) {
  const { t, locale } = useI18n();
  const query = useApiQuery('matrices.get', { matrixId, ...(versionId ? { versionId } : {}), lang: locale });
  if (!query.data) {
    return (
      <Stack gap="md">
        <BackLink />
        <PageTitle documentTitle={t.matrices.listTitle}>{query.error ? t.matrices.loadFailed : t.common.loading}</PageTitle>
        {query.error ? <FormErrorAlert error={toApiError(query.error, locale)} /> : <LoadingState label={t.common.loading} />}
      </Stack>
    );
  }
  return <MatrixWorkspace view={query.data} reload={query.reload} />;
}

function BackLink() {
  const { t } = useI18n();
  return (
    <Anchor href={hrefFor({ name: 'matrices' })} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t.matrices.backToList}
      </Group>
    </Anchor>
  );
}

type Modal = 'settings' | 'sendToReview' | 'approve' | 'returnToDraft' | 'newDraft' | 'importExcel' | { editTask: string } | null;

function MatrixWorkspace({ view, reload }: { view: MatrixView; reload: () => void }) {
  const { t, locale, format } = useI18n();
  const tm = t.matrices;
  const file = useOpenFile();
  const notify = useNotify();
  const editor = useMatrixEditor(view, { onError: (error) => notify.actionError(error, reload) });
  const gridRef = useRef<GridHandle>(null);
  const [tab, setTab] = useState<string | null>('grid');
  const [modal, setModal] = useState<Modal>(null);
  const [exporting, setExporting] = useState(false);

  const { version, matrix } = view;
  const writable = !file.readOnly && !matrix.archived;
  const canEdit = writable && version.status === 'draft';
  const shown = pickLocalized(matrix.name, locale) ?? { text: '', language: locale };
  const draft = view.versions.find((candidate) => candidate.status === 'draft' || candidate.status === 'in_review');
  const closeModal = () => setModal(null);

  const showFinding = useCallback((finding: Finding) => {
    setTab('grid');
    // the grid's tab is shown first, then the cell takes the focus
    requestAnimationFrame(() => gridRef.current?.focusCell(finding.taskId, finding.actorId));
  }, []);

  const editTask = useCallback((taskId: string) => setModal({ editTask: taskId }), []);

  const afterLifecycle = (message: string) => (result: MatrixView) => {
    closeModal();
    notify.success(message);
    if (result.version.id !== version.id) navigate({ name: 'matrix', id: matrix.id, versionId: result.version.id });
  };

  const exportExcel = async () => {
    setExporting(true);
    try {
      await editor.settled();
      const result = await call('exports.matrixWorkbook', { versionId: version.id, lang: locale });
      if (result) {
        await openExport(result);
        notify.success(format(tm.page.exported, { file: result.fileName }));
      }
    } catch (error) {
      notify.error(error);
    } finally {
      setExporting(false);
    }
  };

  const archive = async () => {
    try {
      const archived = await call('matrices.archive', { id: matrix.id, expectedVersion: matrix.rowVersion });
      notify.withUndo(format(tm.page.matrixArchived, { name: shown.text }), () => {
        call('matrices.restore', { id: archived.matrix.id, expectedVersion: archived.matrix.rowVersion }).catch((error: unknown) => notify.actionError(error, reload));
      });
    } catch (error) {
      notify.actionError(error, reload);
    }
  };

  const restore = async () => {
    try {
      await call('matrices.restore', { id: matrix.id, expectedVersion: matrix.rowVersion });
      notify.success(format(tm.page.matrixRestored, { name: shown.text }));
    } catch (error) {
      notify.actionError(error, reload);
    }
  };

  const editedTask = modal !== null && typeof modal === 'object' ? view.tasks.find((task) => task.id === modal.editTask) : undefined;

  return (
    <Stack gap="lg">
      <BackLink />
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6}>
          <PageTitle documentTitle={`${shown.text} – ${format(tm.versionLabel, { number: version.number })}`}>
            <LanguageMarkedText text={shown.text} language={shown.language} />
          </PageTitle>
          <Group gap="xs">
            <Badge variant="outline" tt="none" color="dark">
              {format(tm.versionLabel, { number: version.number })}
            </Badge>
            <VersionStatusBadge status={version.status} />
            {matrix.archived && (
              <Badge color="gray" variant="filled" tt="none">
                {t.common.archived}
              </Badge>
            )}
            {matrix.processId && matrix.processName && (
              <Anchor href={hrefFor({ name: 'process', id: matrix.processId })} size="sm">
                {format(tm.page.process, { name: matrix.processName })}
              </Anchor>
            )}
          </Group>
        </Stack>
        {!file.readOnly && (
          <Group gap="xs">
            {!matrix.archived && (
              <Button variant="default" leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setModal('settings')}>
                {tm.page.editSettings}
              </Button>
            )}
            {matrix.archived ? (
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

      <VersionBar view={view} editor={editor} writable={writable} exporting={exporting} onExport={() => void exportExcel()} onOpen={setModal} />

      {version.status !== 'draft' && (
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} title={tm.grid.readOnly}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {format(version.status === 'in_review' ? tm.page.frozenInReview : version.status === 'approved' ? tm.page.frozenApproved : tm.page.frozenSuperseded, {
                number: version.number,
              })}
            </Text>
            {draft && draft.id !== version.id ? (
              <Group gap="xs">
                <Text size="sm">{format(tm.page.draftExists, { number: draft.number })}</Text>
                <Anchor href={hrefFor({ name: 'matrix', id: matrix.id, versionId: draft.id })} size="sm" fw={600}>
                  {format(tm.page.openDraft, { number: draft.number })}
                </Anchor>
              </Group>
            ) : (
              writable &&
              version.status !== 'in_review' && (
                <Button size="xs" onClick={() => setModal('newDraft')}>
                  {tm.lifecycle.newDraft}
                </Button>
              )
            )}
          </Stack>
        </Alert>
      )}

      <FindingSummary summary={editor.summary} saving={editor.saving} />

      <Tabs value={tab} onChange={setTab} keepMounted>
        <Tabs.List>
          <Tabs.Tab value="grid">{tm.page.tabGrid}</Tabs.Tab>
          <Tabs.Tab value="structure">{tm.page.tabStructure}</Tabs.Tab>
          {(version.status === 'in_review' || view.reviews.length > 0) && <Tabs.Tab value="review">{tm.page.tabReview}</Tabs.Tab>}
          {(version.status === 'approved' || version.status === 'superseded') && <Tabs.Tab value="acceptance">{tm.page.tabAcceptance}</Tabs.Tab>}
          <Tabs.Tab value="versions">{tm.page.tabVersions}</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="grid" pt="md">
          <Stack gap="md">
            <RaciLegend />
            <RaciGrid
              tasks={view.tasks}
              columns={view.columns}
              letters={editor.letters}
              findings={editor.findings}
              canUndo={editor.canUndo}
              actions={editor.actions}
              readOnly={!canEdit}
              label={format(tm.grid.label, { number: version.number })}
              onEditTask={canEdit ? editTask : undefined}
              handle={gridRef}
            />
            <Title order={2} size="h4" mt="md">
              {tm.findings.title}
            </Title>
            <FindingsList
              versionId={version.id}
              tasks={view.tasks}
              columns={view.columns}
              findings={editor.findings}
              actions={editor.actions}
              canEdit={canEdit}
              onShow={showFinding}
              onReload={reload}
            />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="structure" pt="md">
          {tab === 'structure' && <StructurePanel view={view} editor={editor} canEdit={canEdit} onEditTask={editTask} onReload={reload} />}
        </Tabs.Panel>
        {(version.status === 'in_review' || view.reviews.length > 0) && (
          <Tabs.Panel value="review" pt="md">
            {tab === 'review' && <ReviewPanel view={view} writable={writable && version.status === 'in_review'} onReload={reload} />}
          </Tabs.Panel>
        )}
        {(version.status === 'approved' || version.status === 'superseded') && (
          <Tabs.Panel value="acceptance" pt="md">
            {tab === 'acceptance' && <AcceptancePanel view={view} writable={writable} onReload={reload} />}
          </Tabs.Panel>
        )}
        <Tabs.Panel value="versions" pt="md">
          {tab === 'versions' && <VersionsPanel view={view} />}
        </Tabs.Panel>
      </Tabs>

      {modal === 'settings' && (
        <MatrixSettingsModal
          key={matrix.rowVersion}
          view={view}
          onClose={closeModal}
          onReload={reload}
          onSaved={() => {
            closeModal();
            notify.success(tm.settings.saved);
          }}
        />
      )}
      {modal === 'sendToReview' && (
        <SendToReviewModal version={version} editor={editor} onClose={closeModal} onReload={reload} onSaved={afterLifecycle(format(tm.lifecycle.sent, { number: version.number }))} />
      )}
      {modal === 'approve' && (
        <ApproveModal version={version} editor={editor} onClose={closeModal} onReload={reload} onSaved={afterLifecycle(format(tm.lifecycle.approved, { number: version.number }))} />
      )}
      {modal === 'returnToDraft' && (
        <ReturnToDraftModal version={version} editor={editor} onClose={closeModal} onReload={reload} onSaved={afterLifecycle(format(tm.lifecycle.returned, { number: version.number }))} />
      )}
      {modal === 'newDraft' && (
        <NewDraftModal
          matrixId={matrix.id}
          version={version}
          onClose={closeModal}
          onSaved={(result) => afterLifecycle(format(tm.lifecycle.newDraftCreated, { number: result.version.number }))(result)}
        />
      )}
      {modal === 'importExcel' && <ExcelImportModal version={version} editor={editor} onClose={closeModal} onReload={reload} />}
      {editedTask && (
        <TaskFormModal
          key={editedTask.id}
          versionId={version.id}
          editor={editor}
          task={editedTask}
          tasks={view.tasks}
          onClose={() => {
            closeModal();
            gridRef.current?.focusCell(editedTask.id, null);
          }}
          onReload={reload}
          onSaved={() => {
            closeModal();
            notify.success(tm.structure.taskUpdated);
          }}
        />
      )}
    </Stack>
  );
}

function FindingSummary({ summary, saving }: { summary: MatrixView['summary']; saving: boolean }) {
  const { t, format } = useI18n();
  const tp = t.matrices.page;
  const parts = [
    summary.errors === 1 ? tp.summaryErrorsOne : format(tp.summaryErrors, { count: summary.errors }),
    summary.openWarnings === 1 ? tp.summaryWarningsOne : format(tp.summaryWarnings, { count: summary.openWarnings }),
    ...(summary.acceptedWarnings > 0 ? [summary.acceptedWarnings === 1 ? tp.summaryAcceptedOne : format(tp.summaryAccepted, { count: summary.acceptedWarnings })] : []),
  ];
  const clean = summary.errors === 0 && summary.openWarnings === 0;
  return (
    <Group gap="md">
      <Text role="status" size="sm" fw={500} data-testid="finding-summary">
        {tp.summary}: {clean ? tp.summaryClean : parts.join(', ')}
      </Text>
      <Text size="sm" c="dimmed" role="status">
        {saving ? t.matrices.grid.saving : ''}
      </Text>
    </Group>
  );
}

interface VersionBarProps {
  view: MatrixView;
  editor: MatrixEditor;
  writable: boolean;
  exporting: boolean;
  onExport: () => void;
  onOpen: (modal: Modal) => void;
}

/** The version picker, what has happened to the version, and what can be done with it next. */
function VersionBar({ view, editor, writable, exporting, onExport, onOpen }: VersionBarProps) {
  const { t, format, date } = useI18n();
  const tm = t.matrices;
  const tl = tm.lifecycle;
  const { version, matrix } = view;
  const blocked = editor.summary.errors > 0;
  const events = [
    version.sentToReviewAt && format(tl.sentOn, { date: date(version.sentToReviewAt.slice(0, 10)) }),
    version.reviewDeadline && format(tl.deadline, { date: date(version.reviewDeadline) }),
    version.approvedAt && format(tl.approvedBy, { name: version.approvedBy ?? '', date: date(version.approvedAt.slice(0, 10)) }).trim(),
    version.approvalReference && format(tl.reference, { reference: version.approvalReference }),
    format(tm.page.validOn, { date: date(version.validOn) }),
    version.note && format(tm.page.versionNote, { note: version.note }),
  ].filter(Boolean);
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-end" gap="md">
        <Group align="flex-end" gap="md">
          <NativeSelect
            label={tm.page.version}
            value={version.id}
            onChange={(event) => navigate({ name: 'matrix', id: matrix.id, versionId: event.currentTarget.value })}
            data={view.versions.map((candidate) => ({
              value: candidate.id,
              label: format(tm.page.versionOption, { number: candidate.number, status: tm.status[candidate.status] }),
            }))}
            w={260}
          />
          <Stack gap={0}>
            {events.map((event) => (
              <Text key={event as string} size="sm" c="dimmed">
                {event}
              </Text>
            ))}
            {version.decidedAt && (
              <Text size="sm">
                <MeetingDecisionLink place={version.decidedAt} template={tm.decidedAt} />
              </Text>
            )}
          </Stack>
        </Group>
        <Group gap="xs">
          {writable && version.status === 'draft' && (
            <Button disabled={blocked} onClick={() => onOpen('sendToReview')} aria-describedby={blocked ? 'send-blocked' : undefined}>
              {tl.sendToReview}
            </Button>
          )}
          {writable && version.status === 'in_review' && (
            <>
              <Button onClick={() => onOpen('approve')}>{tl.approve}</Button>
              <Button variant="default" onClick={() => onOpen('returnToDraft')}>
                {tl.returnToDraft}
              </Button>
            </>
          )}
          <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} loading={exporting} onClick={onExport}>
            {tm.page.exportExcel}
          </Button>
          {writable && version.status === 'draft' && (
            <Button variant="default" leftSection={<IconUpload size={18} aria-hidden />} onClick={() => onOpen('importExcel')}>
              {tm.page.importExcel}
            </Button>
          )}
        </Group>
      </Group>
      {writable && version.status === 'draft' && blocked && (
        <Text id="send-blocked" size="sm" mt="xs" c="red.9">
          {format(tl.blockedByErrors, { count: editor.summary.errors })}
        </Text>
      )}
    </Paper>
  );
}
