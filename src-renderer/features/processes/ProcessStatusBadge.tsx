import { Badge } from '@mantine/core';
import type { ProcessStatus } from '../../../src-main/api/contract/index';
import { useI18n } from '../../i18n/use-i18n';

/** Draft, in review, approved: each in colours with at least 4.5:1 contrast (AA). */
const LOOK: Record<ProcessStatus, { color: string; text: string; variant: 'outline' | 'filled' }> = {
  draft: { color: 'gray.8', text: 'gray.9', variant: 'outline' },
  in_review: { color: 'yellow.3', text: 'dark.9', variant: 'filled' },
  // Mantine's green.9 gives white text only 4.4:1; the swimlane's start green gives 6.4:1.
  approved: { color: '#2E6B36', text: 'white', variant: 'filled' },
};

/** A badge's label may otherwise shrink to nothing in a narrow table column. */
const UNSQUEEZED = { minWidth: 'max-content' } as const;

export function ProcessStatusBadge({ status }: { status: ProcessStatus }) {
  const { t } = useI18n();
  const look = LOOK[status];
  return (
    <Badge color={look.color} c={look.text} variant={look.variant} tt="none" style={UNSQUEEZED}>
      {t.processes.statuses[status]}
    </Badge>
  );
}
