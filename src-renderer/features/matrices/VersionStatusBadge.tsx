import { Badge } from '@mantine/core';
import type { MatrixVersionStatus } from '../../../src-main/api/contract/index';
import { useI18n } from '../../i18n/use-i18n';

/** White text on each of these is at least 7:1 (Mantine's own green-9 and orange-9 fall below 4.5:1). */
const COLORS: Record<MatrixVersionStatus, string> = {
  draft: '#495057',
  in_review: '#8a4b00',
  approved: '#1e6b30',
  superseded: '#5c5f66',
};

/** A badge's label may otherwise shrink to nothing in a narrow table column ("lausunno…"). */
const UNSQUEEZED = { minWidth: 'max-content' } as const;

export function VersionStatusBadge({ status, size = 'md' }: { status: MatrixVersionStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useI18n();
  return (
    <Badge size={size} variant={status === 'superseded' ? 'outline' : 'filled'} color={COLORS[status]} c={status === 'superseded' ? COLORS.superseded : 'white'} tt="none" style={UNSQUEEZED}>
      {t.matrices.status[status]}
    </Badge>
  );
}
