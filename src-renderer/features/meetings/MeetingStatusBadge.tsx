import { Badge, type BadgeProps } from '@mantine/core';
import type { MeetingStatus, RecordKind } from '../../../src-main/api/contract/index';
import { useI18n } from '../../i18n/use-i18n';

// Dark text on light fills keeps the contrast above 4.5:1 in every colour.
const COLORS: Record<MeetingStatus, { color: string; c: string }> = {
  planned: { color: 'gray', c: 'dark.6' },
  invited: { color: 'kotoBlue', c: 'kotoBlue.9' },
  held: { color: 'teal', c: 'teal.9' },
  record_approved: { color: 'green', c: 'green.9' },
  cancelled: { color: 'red', c: 'red.9' },
};

/** A meeting's status in words (never colour alone). */
export function MeetingStatusBadge({ status, recordKind, ...props }: { status: MeetingStatus; recordKind: RecordKind } & Omit<BadgeProps, 'color'>) {
  const { t } = useI18n();
  const label = status === 'record_approved' && recordKind === 'minutes' ? t.meetings.minutesApproved : t.meetings.statuses[status];
  return (
    <Badge variant="light" tt="none" {...COLORS[status]} {...props}>
      {label}
    </Badge>
  );
}
