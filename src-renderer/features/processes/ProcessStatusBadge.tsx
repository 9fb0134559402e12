import { Badge } from '@mantine/core';
import type { ProcessStatus } from '../../../src-main/api/contract/index';
import { useI18n } from '../../i18n/use-i18n';

/** Draft, in review, approved: each in colours with at least 4.5:1 contrast (AA). */
const LOOK: Record<ProcessStatus, { color: string; variant: 'outline' | 'filled' }> = {
  draft: { color: 'gray.8', variant: 'outline' },
  in_review: { color: 'yellow.3', variant: 'filled' },
  approved: { color: 'green.9', variant: 'filled' },
};

export function ProcessStatusBadge({ status }: { status: ProcessStatus }) {
  const { t } = useI18n();
  const look = LOOK[status];
  return (
    <Badge color={look.color} variant={look.variant} tt="none" autoContrast>
      {t.processes.statuses[status]}
    </Badge>
  );
}
