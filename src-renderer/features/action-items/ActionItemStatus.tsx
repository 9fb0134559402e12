import { Badge, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ActionItemStatus as Status } from '../../../src-main/api/contract/index';
import { useI18n } from '../../i18n/use-i18n';

/** White text on each of these is at least 7:1. */
const COLORS: Record<Status, string> = { open: '#1c4f82', done: '#1e6b30', dropped: '#5c5f66' };
const UNSQUEEZED = { minWidth: 'max-content' } as const;

export function ActionItemStatusBadge({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <Badge size="sm" variant={status === 'dropped' ? 'outline' : 'filled'} color={COLORS[status]} c={status === 'dropped' ? COLORS.dropped : 'white'} tt="none" style={UNSQUEEZED}>
      {t.meetingRecord.actionItems.statuses[status]}
    </Badge>
  );
}

/** "Myöhässä" in words with a warning sign: never told by colour alone. */
export function OverdueMarker() {
  const { t } = useI18n();
  return (
    <Badge size="sm" color="#9b1c1c" c="white" tt="none" leftSection={<IconAlertTriangle size={12} aria-hidden />} style={UNSQUEEZED}>
      {t.meetingRecord.actionItems.overdue}
    </Badge>
  );
}

export function ActionItemState({ status, overdue }: { status: Status; overdue: boolean }) {
  return (
    // Wraps: "Myöhässä" goes under the status when the column is narrow (1024 px windows).
    <Group gap={4}>
      <ActionItemStatusBadge status={status} />
      {overdue && status === 'open' && <OverdueMarker />}
    </Group>
  );
}
