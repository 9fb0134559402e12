import { Badge, type BadgeProps } from '@mantine/core';
import type { MeetingStatus, RecordKind } from '../../../src-main/api/contract/index';
import { useI18n } from '../../i18n/use-i18n';

/** White text on each filled colour is at least 7:1; planned is an outline (nothing done yet). */
const COLORS: Record<MeetingStatus, string> = {
  planned: '#495057',
  invited: '#0a4789',
  held: '#0b5d55',
  record_approved: '#1e6b30',
  cancelled: '#a51d2d',
};

/** A badge's label may otherwise shrink to nothing in a narrow table column. */
const UNSQUEEZED = { minWidth: 'max-content' } as const;
/** In a table a long status ("Minnesanteckningarna godkända") wraps instead of being cut off. */
const WRAPPING = { root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%' }, label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.3 } } as const;

/** A meeting's status in words (never colour alone). */
export function MeetingStatusBadge({ status, recordKind, wrap = false, ...props }: { status: MeetingStatus; recordKind: RecordKind; wrap?: boolean } & Omit<BadgeProps, 'color'>) {
  const { t } = useI18n();
  const label = status === 'record_approved' && recordKind === 'minutes' ? t.meetings.minutesApproved : t.meetings.statuses[status];
  const outline = status === 'planned';
  return (
    <Badge variant={outline ? 'outline' : 'filled'} color={COLORS[status]} c={outline ? COLORS.planned : 'white'} tt="none" style={wrap ? undefined : UNSQUEEZED} styles={wrap ? WRAPPING : undefined} {...props}>
      {label}
    </Badge>
  );
}
