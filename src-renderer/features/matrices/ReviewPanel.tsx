import { Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText, IconFileUpload, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { MatrixView, ReviewAnswer, ReviewProgress } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { openExport } from '../../api/open-export';
import { SectionCard } from '../../components/SectionCard';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { EnterAnswersModal } from './EnterAnswersModal';
import { ImportReviewFormModal } from './ImportReviewFormModal';
import { ResolveCommentModal } from './ResolveCommentModal';

interface Props {
  view: MatrixView;
  /** answers can be recorded (the version is in review and the file is writable) */
  writable: boolean;
  onReload: () => void;
}

type Modal = { enter: ReviewProgress } | { resolve: ReviewAnswer } | 'import' | null;

/** Member review of a version: progress per member, forms out and back in, and the comments. */
export function ReviewPanel({ view, writable, onReload }: Props) {
  const { t, locale, format, instant, number } = useI18n();
  const tr = t.matrices.review;
  const notify = useNotify();
  const [modal, setModal] = useState<Modal>(null);
  const [downloading, setDownloading] = useState<string | null>(null);
  const closeModal = () => setModal(null);
  const taskNames = new Map(view.tasks.map((task) => [task.id, task.name]));
  const actorNames = new Map(view.columns.map((column) => [column.actorId, column.name]));
  for (const progress of view.reviewProgress) actorNames.set(progress.actorId, progress.actorName);
  const comments = view.reviews.filter((review) => review.verdict === 'comment');

  const download = async (progress: ReviewProgress, kind: 'docx' | 'xlsx') => {
    setDownloading(`${progress.actorId}:${kind}`);
    try {
      const result = await call('reviewForms.export', { versionId: view.version.id, actorId: progress.actorId, format: kind, lang: locale });
      if (result) {
        await openExport(result);
        notify.success(format(tr.downloaded, { file: result.fileName }));
      }
    } catch (error) {
      notify.error(error);
    } finally {
      setDownloading(null);
    }
  };

  return (
    <Stack gap="lg">
      {view.version.status !== 'in_review' && <Text c="dimmed">{tr.notInReview}</Text>}
      <SectionCard
        id="review-progress"
        title={tr.progressTitle}
        actions={
          writable && (
            <Button size="sm" variant="outline" leftSection={<IconFileUpload size={16} aria-hidden />} onClick={() => setModal('import')}>
              {tr.importForm}
            </Button>
          )
        }
      >
        {view.reviewProgress.length === 0 ? (
          <Text>{tr.noMembers}</Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing={6}>
              <Table.Caption>
                <VisuallyHidden>{tr.progressCaption}</VisuallyHidden>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{tr.member}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {tr.tasksToReview}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {tr.agreed}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {tr.commented}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {tr.openComments}
                  </Table.Th>
                  <Table.Th scope="col">{tr.formColumn}</Table.Th>
                  {writable && <Table.Th scope="col">{tr.actions}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.reviewProgress.map((progress) => {
                  const done = progress.agreed + progress.commented >= progress.tasksToReview && progress.tasksToReview > 0;
                  return (
                    <Table.Tr key={progress.actorId}>
                      <Table.Th scope="row" fw={500}>
                        {progress.actorName}
                      </Table.Th>
                      <Table.Td ta="right">{number(progress.tasksToReview)}</Table.Td>
                      <Table.Td ta="right" fw={done ? 700 : undefined}>
                        {number(progress.agreed)}
                      </Table.Td>
                      <Table.Td ta="right">{number(progress.commented)}</Table.Td>
                      <Table.Td ta="right">
                        {progress.openComments > 0 ? (
                          <Badge color="#8a4b00" variant="filled" tt="none">
                            {number(progress.openComments)}
                          </Badge>
                        ) : (
                          number(0)
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Button
                            size="compact-sm"
                            variant="default"
                            leftSection={<IconFileText size={14} aria-hidden />}
                            loading={downloading === `${progress.actorId}:docx`}
                            aria-label={format(tr.formDocxLabel, { name: progress.actorName })}
                            onClick={() => void download(progress, 'docx')}
                          >
                            {tr.formDocx}
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="default"
                            leftSection={<IconFileSpreadsheet size={14} aria-hidden />}
                            loading={downloading === `${progress.actorId}:xlsx`}
                            aria-label={format(tr.formXlsxLabel, { name: progress.actorName })}
                            onClick={() => void download(progress, 'xlsx')}
                          >
                            {tr.formXlsx}
                          </Button>
                        </Group>
                      </Table.Td>
                      {writable && (
                        <Table.Td>
                          <Button
                            size="compact-sm"
                            variant="outline"
                            leftSection={<IconPencil size={14} aria-hidden />}
                            // Mantine's label may shrink to nothing; the table scrolls instead of cutting it.
                            style={{ minWidth: 'max-content' }}
                            aria-label={format(tr.enterAnswersLabel, { name: progress.actorName })}
                            onClick={() => setModal({ enter: progress })}
                          >
                            {tr.enterAnswers}
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </SectionCard>

      <SectionCard id="review-comments" title={tr.commentsTitle}>
        {comments.length === 0 ? (
          <Text>{tr.noComments}</Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {comments.map((review) => {
              const taskName = taskNames.get(review.taskId) ?? t.matrices.findings.unknownTask;
              return (
                <Paper component="li" key={review.id} withBorder p="sm">
                  <Stack gap={4}>
                    <Group justify="space-between" gap="xs">
                      <Title order={3} size="h6">
                        {format(tr.commentBy, { actor: actorNames.get(review.actorId) ?? t.matrices.findings.unknownActor, task: taskName })}
                      </Title>
                      <Badge variant={review.resolution ? 'outline' : 'filled'} color={review.resolution ? 'gray.8' : '#8a4b00'} tt="none">
                        {review.resolution ? tr.closed : tr.open}
                      </Badge>
                    </Group>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {review.comment}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {format(tr.recordedAt, { date: instant(review.recordedAt), source: tr.sources[review.source] })}
                      {review.recordedBy ? ` – ${review.recordedBy}` : ''}
                    </Text>
                    {review.resolution ? (
                      <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
                        {format(tr.resolution, { text: review.resolution })}
                      </Text>
                    ) : (
                      writable && (
                        <Group>
                          <Button size="compact-sm" variant="outline" aria-label={format(tr.resolveLabel, { task: taskName })} onClick={() => setModal({ resolve: review })}>
                            {tr.resolve}
                          </Button>
                        </Group>
                      )
                    )}
                  </Stack>
                </Paper>
              );
            })}
          </Stack>
        )}
      </SectionCard>

      {modal !== null && typeof modal === 'object' && 'enter' in modal && (
        <EnterAnswersModal
          view={view}
          member={modal.enter}
          onClose={closeModal}
          onSaved={() => {
            closeModal();
            notify.success(tr.answersRecorded);
          }}
        />
      )}
      {modal !== null && typeof modal === 'object' && 'resolve' in modal && (
        <ResolveCommentModal
          review={modal.resolve}
          taskName={taskNames.get(modal.resolve.taskId) ?? ''}
          onClose={closeModal}
          onSaved={() => {
            closeModal();
            notify.success(tr.resolved);
          }}
        />
      )}
      {modal === 'import' && <ImportReviewFormModal onClose={closeModal} onReload={onReload} />}
    </Stack>
  );
}
