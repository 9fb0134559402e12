import { Text } from '@mantine/core';
import type { ProcessDetail, ProcessEdge } from '../../../src-main/api/contract/index';
import { useI18n } from '../../i18n/use-i18n';
import { plainText } from './localized';
import { nodeName } from './step-names';

/** One arrow: "→ Next step", a decision's branch with its label first in bold. */
export function ArrowLine({ edge, process }: { edge: ProcessEdge; process: ProcessDetail }) {
  const i18n = useI18n();
  const target = process.nodes.find((candidate) => candidate.id === edge.toNodeId);
  const label = plainText(edge.label, i18n.locale);
  return (
    <Text size="sm">
      {label && (
        <Text span inherit fw={700}>
          {label}{' '}
        </Text>
      )}
      → {target ? nodeName(target, i18n) : '?'}
    </Text>
  );
}
