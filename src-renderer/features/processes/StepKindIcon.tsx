import { IconArrowsSplit2, IconPlayerPlay, IconPlayerStop, IconRectangle } from '@tabler/icons-react';
import type { ProcessNodeKind } from '../../../src-main/api/contract/index';
import { SWIMLANE_PALETTE } from '../../../src-main/domain/processes/swimlane/swimlane-svg';

/** The same shapes and colours as the swimlane chart, so the list and the chart read alike. */
const ICONS = {
  start: { Icon: IconPlayerPlay, color: SWIMLANE_PALETTE.startStroke },
  end: { Icon: IconPlayerStop, color: SWIMLANE_PALETTE.endStroke },
  step: { Icon: IconRectangle, color: SWIMLANE_PALETTE.stepStroke },
  decision: { Icon: IconArrowsSplit2, color: SWIMLANE_PALETTE.decisionStroke },
} as const;

/** Decorative: the kind is also said in words next to it. */
export function StepKindIcon({ kind }: { kind: ProcessNodeKind }) {
  const { Icon, color } = ICONS[kind];
  return <Icon size={20} color={color} aria-hidden style={{ flexShrink: 0 }} />;
}
