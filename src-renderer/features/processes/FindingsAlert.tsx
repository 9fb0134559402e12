import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ProcessDetail, ProcessFinding } from '../../../src-main/api/contract/index';
import { useI18n } from '../../i18n/use-i18n';
import { nodeName } from './step-names';

interface Props {
  process: ProcessDetail;
  /** takes the user to a step in the list of steps */
  onGoToStep: (nodeId: string) => void;
  /** takes the user to the process's own legal basis */
  onGoToLegalBasis: () => void;
}

/** What is wrong or out of date in the description, each with a way to the step concerned. */
export function FindingsAlert({ process, onGoToStep, onGoToLegalBasis }: Props) {
  const i18n = useI18n();
  const { t, format, number, date } = i18n;
  const text = t.processes.findings;
  if (process.findings.length === 0) return null;

  const describe = (finding: ProcessFinding): string => {
    const node = finding.nodeId ? process.nodes.find((candidate) => candidate.id === finding.nodeId) : undefined;
    const step = node ? format(text.quoted, { name: nodeName(node, i18n) }) : '';
    const params = finding.params;
    switch (finding.code) {
      case 'repealed_act': {
        const values = { step, act: params.act ?? '', date: date(params.repealedOn) || (params.repealedOn ?? ''), replacedBy: params.replacedBy ?? '' };
        if (node) return format(params.replacedBy ? text.repealedStepReplaced : text.repealedStep, values);
        return format(params.replacedBy ? text.repealedProcessReplaced : text.repealedProcess, values);
      }
      case 'node_unreachable':
        return format(text.unreachable, { step });
      case 'decision_without_branches':
        return format(text.decisionWithoutBranches, { step });
      case 'step_without_performer':
        return format(text.withoutPerformer, { step });
    }
  };

  const count = process.findings.length;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={count === 1 ? text.titleOne : format(text.title, { count: number(count) })}
      styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
    >
      <List spacing={6} size="sm">
        {process.findings.map((finding, index) => {
          const nodeId = finding.nodeId;
          const node = nodeId === null ? undefined : process.nodes.find((candidate) => candidate.id === nodeId);
          return (
            <List.Item key={`${finding.code}-${finding.nodeId ?? ''}-${index}`}>
              <Text span size="sm">
                {describe(finding)}{' '}
              </Text>
              {node ? (
                <Anchor component="button" type="button" size="sm" fw={600} aria-label={`${text.goToStep} ${format(text.quoted, { name: nodeName(node, i18n) })}`} onClick={() => onGoToStep(node.id)}>
                  {text.goToStep}
                </Anchor>
              ) : (
                finding.code === 'repealed_act' && (
                  <Anchor component="button" type="button" size="sm" fw={600} onClick={onGoToLegalBasis}>
                    {text.goToCard}
                  </Anchor>
                )
              )}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
