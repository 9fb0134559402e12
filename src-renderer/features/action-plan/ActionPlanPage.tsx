import { Button, Group, Stack, Switch, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { GoalActionView, NetworkGoalView } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { toApiError } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { useOpenFile } from '../../app/SessionContext';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { ConfirmModal } from '../meeting-record/ConfirmModal';
import { GoalActionFormModal } from './GoalActionFormModal';
import { GoalFormModal } from './GoalFormModal';
import { type GoalCommand, GoalSection } from './GoalSection';

type Open =
  | { kind: 'newGoal' }
  | { kind: 'editGoal'; goal: NetworkGoalView }
  | { kind: 'newAction'; goal: NetworkGoalView }
  | { kind: 'editAction' | 'removeAction'; goal: NetworkGoalView; action: GoalActionView }
  | null;

/** The network's action plan (toimintasuunnitelma): shared goals in order, each with its actions. */
export function ActionPlanPage() {
  const { t, locale, format } = useI18n();
  const tp = t.meetingRecord.actionPlan;
  const file = useOpenFile();
  const notify = useNotify();
  const [showArchived, setShowArchived] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  // Always with the archived ones: a goal's position is counted over the whole plan.
  const goals = useApiQuery('goals.list', { includeArchived: true, lang: locale });
  const all = goals.data ?? [];
  const shown = all.filter((goal) => showArchived || !goal.archived);
  const writable = !file.readOnly;
  const close = () => setOpen(null);
  const saved = (template: string) => (goal: NetworkGoalView) => {
    setOpen(null);
    notify.success(format(template, { name: goal.name }));
  };

  const command = async (goal: NetworkGoalView, index: number, which: GoalCommand) => {
    if (which === 'edit') return setOpen({ kind: 'editGoal', goal });
    if (which === 'addAction') return setOpen({ kind: 'newAction', goal });
    try {
      if (which === 'archive' || which === 'restore') {
        await call('goals.archive', { id: goal.id, expectedVersion: goal.rowVersion, archived: which === 'archive' });
        notify.success(format(which === 'archive' ? tp.archived : tp.restored, { name: goal.name }));
        return;
      }
      const neighbour = shown[which === 'up' ? index - 1 : index + 1];
      if (!neighbour) return;
      const position = all.findIndex((candidate) => candidate.id === neighbour.id);
      await call('goals.move', { id: goal.id, expectedVersion: goal.rowVersion, position });
      notify.success(format(tp.moved, { name: goal.name, position: index + (which === 'up' ? 0 : 2) }));
    } catch (error) {
      notify.actionError(error, goals.reload);
    }
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageTitle documentTitle={tp.title}>{tp.title}</PageTitle>
        {writable && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setOpen({ kind: 'newGoal' })}>
            {tp.newGoal}
          </Button>
        )}
      </Group>
      <Text maw={900}>{tp.intro}</Text>
      <Switch label={tp.showArchived} checked={showArchived} onChange={(event) => setShowArchived(event.currentTarget.checked)} />
      {goals.error ? <FormErrorAlert error={toApiError(goals.error, locale)} onReload={goals.reload} /> : null}
      {!goals.data && !goals.error && <LoadingState label={t.common.loading} />}
      {goals.data && shown.length === 0 && <Text>{tp.none}</Text>}
      {shown.map((goal, index) => (
        <GoalSection
          key={goal.id}
          goal={goal}
          position={index + 1}
          first={index === 0}
          last={index === shown.length - 1}
          writable={writable}
          onCommand={(which) => void command(goal, index, which)}
          onAction={(which, action) => setOpen({ kind: which === 'edit' ? 'editAction' : 'removeAction', goal, action })}
        />
      ))}

      {open?.kind === 'newGoal' && <GoalFormModal onClose={close} onSaved={saved(tp.goalCreated)} />}
      {open?.kind === 'editGoal' && <GoalFormModal goal={open.goal} onClose={close} onSaved={saved(tp.goalSaved)} />}
      {open?.kind === 'newAction' && (
        <GoalActionFormModal
          goal={open.goal}
          onClose={close}
          onSaved={(goal) => {
            setOpen(null);
            const created = goal.actions.at(-1);
            notify.success(format(tp.actionCreated, { name: created?.name ?? '' }));
          }}
        />
      )}
      {open?.kind === 'editAction' && (
        <GoalActionFormModal
          goal={open.goal}
          action={open.action}
          onClose={close}
          onSaved={() => {
            setOpen(null);
            notify.success(format(tp.actionSaved, { name: open.action.name }));
          }}
        />
      )}
      {open?.kind === 'removeAction' && (
        <ConfirmModal
          title={tp.removeActionTitle}
          confirmLabel={tp.removeAction}
          danger
          onClose={close}
          onReload={goals.reload}
          onConfirm={async () => {
            await call('goalActions.remove', { id: open.action.id, expectedVersion: open.action.rowVersion });
            setOpen(null);
            notify.success(format(tp.actionRemoved, { name: open.action.name }));
          }}
        >
          {format(tp.removeActionText, { name: open.action.name })}
        </ConfirmModal>
      )}
    </Stack>
  );
}
