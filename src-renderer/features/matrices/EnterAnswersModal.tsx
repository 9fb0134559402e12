import { Group, Radio, Stack, Table, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import type { MatrixView, ReviewProgress, ReviewVerdict } from '../../../src-main/api/contract/index';
import type { FieldErrors } from '../../api/errors';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { FormFooter } from '../../components/FormFooter';
import { useI18n } from '../../i18n/use-i18n';

interface Props {
  view: MatrixView;
  member: ReviewProgress;
  onClose: () => void;
  onSaved: () => void;
}

type Verdict = ReviewVerdict | 'none';
interface Answer {
  verdict: Verdict;
  comment: string;
}

/** Answers that came by e-mail (or by phone), entered by the coordinator over the member's tasks. */
export function EnterAnswersModal({ view, member, onClose, onSaved }: Props) {
  const { t, locale, format } = useI18n();
  const tr = t.matrices.review;
  const tasks = useMemo(() => {
    const letters = new Map<string, string[]>();
    for (const cell of view.cells) if (cell.actorId === member.actorId) letters.set(cell.taskId, [...(letters.get(cell.taskId) ?? []), cell.letter]);
    return view.tasks.filter((task) => letters.has(task.id)).map((task) => ({ task, letters: letters.get(task.id) ?? [] }));
  }, [view.cells, view.tasks, member.actorId]);
  const [answers, setAnswers] = useState<Record<string, Answer>>(() => {
    const initial: Record<string, Answer> = {};
    // the latest recorded answer of each task is where the form starts
    for (const review of view.reviews) if (review.actorId === member.actorId) initial[review.taskId] = { verdict: review.verdict, comment: review.comment ?? '' };
    return initial;
  });
  const [extraErrors, setExtraErrors] = useState<FieldErrors>({});
  const { errors, formError, saving, submit } = useContractSubmit({ method: 'reviews.record', fields: ['answers'], locale, onSaved });
  const set = (taskId: string, change: Partial<Answer>) =>
    setAnswers((previous) => ({ ...previous, [taskId]: { ...(previous[taskId] ?? { verdict: 'none', comment: '' }), ...change } }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const chosen = tasks.flatMap(({ task }) => {
      const answer = answers[task.id];
      return answer && answer.verdict !== 'none' ? [{ taskId: task.id, verdict: answer.verdict, comment: answer.verdict === 'comment' ? answer.comment.trim() || null : null }] : [];
    });
    const missing: FieldErrors = {};
    for (const answer of chosen) if (answer.verdict === 'comment' && !answer.comment) missing[`comment.${answer.taskId}`] = tr.commentRequired;
    if (chosen.length === 0) missing.answers = tr.nothingToRecord;
    setExtraErrors(missing);
    const input = { versionId: view.version.id, actorId: member.actorId, source: 'entered_by_coordinator' as const, answers: chosen };
    return submit(event, input, { extraErrors: missing });
  };
  const allErrors = { ...errors, ...extraErrors };

  return (
    <AppModal opened onClose={onClose} title={format(tr.enterTitle, { name: member.actorName })} size="80rem">
      <form noValidate aria-label={format(tr.enterTitle, { name: member.actorName })} onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          <Text size="sm">{tr.enterText}</Text>
          {allErrors.answers && (
            <Text c="red.9" size="sm" role="alert">
              {allErrors.answers}
            </Text>
          )}
          <Table.ScrollContainer minWidth={800}>
            <Table verticalSpacing="sm" striped>
              <Table.Caption>
                <VisuallyHidden>{tr.enterCaption}</VisuallyHidden>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.matrices.versions.task}</Table.Th>
                  <Table.Th scope="col" w={110}>
                    {tr.lettersOf}
                  </Table.Th>
                  <Table.Th scope="col" w={400}>
                    {tr.verdict}
                  </Table.Th>
                  <Table.Th scope="col">{tr.comment}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tasks.map(({ task, letters }) => {
                  const answer = answers[task.id] ?? { verdict: 'none', comment: '' };
                  return (
                    <Table.Tr key={task.id}>
                      <Table.Th scope="row" fw={500}>
                        {task.name}
                      </Table.Th>
                      <Table.Td fw={700}>{letters.join(', ')}</Table.Td>
                      <Table.Td>
                        <Radio.Group
                          value={answer.verdict}
                          onChange={(value) => set(task.id, { verdict: value as Verdict })}
                          label={<VisuallyHidden>{format(tr.verdictFor, { task: task.name })}</VisuallyHidden>}
                        >
                          <Group gap="sm" wrap="nowrap">
                            <Radio value="none" label={tr.verdictNone} />
                            <Radio value="agree" label={tr.verdictAgree} />
                            <Radio value="comment" label={tr.verdictComment} />
                          </Group>
                        </Radio.Group>
                      </Table.Td>
                      <Table.Td>
                        {answer.verdict === 'comment' && (
                          <Textarea
                            aria-label={format(tr.commentFor, { task: task.name })}
                            autosize
                            minRows={2}
                            maxRows={6}
                            value={answer.comment}
                            onChange={(event) => set(task.id, { comment: event.currentTarget.value })}
                            error={allErrors[`comment.${task.id}`]}
                          />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <FormFooter error={formError} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
