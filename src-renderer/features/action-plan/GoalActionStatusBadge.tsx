import { Badge } from '@mantine/core';
import type { GoalActionStatus } from '../../../src-main/api/contract/index';
import { useI18n } from '../../i18n/use-i18n';

/** White text on each of these is at least 7:1; "dropped" is an outline, like a superseded version. */
const COLORS: Record<GoalActionStatus, string> = {
  planned: '#495057',
  ongoing: '#1c4f82',
  done: '#1e6b30',
  postponed: '#8a4b00',
  dropped: '#5c5f66',
};

export function GoalActionStatusBadge({ status }: { status: GoalActionStatus }) {
  const { t } = useI18n();
  const outline = status === 'dropped';
  return (
    <Badge size="sm" variant={outline ? 'outline' : 'filled'} color={COLORS[status]} c={outline ? COLORS.dropped : 'white'} tt="none" style={{ minWidth: 'max-content' }}>
      {t.meetingRecord.actionPlan.statuses[status]}
    </Badge>
  );
}
