import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconClock, IconGavel } from '@tabler/icons-react';
import type { DecisionView } from '../../../src-main/api/contract/index';
import { hrefFor } from '../../app/router';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { useI18n } from '../../i18n/use-i18n';

export type DecisionAction = 'apply' | 'withdraw' | 'edit' | 'remove';

/** A decision as the record shows it: its kind, text, object and whether it has been carried out. */
export function DecisionEntry({ decision, writable, onAction }: { decision: DecisionView; writable: boolean; onAction: (action: DecisionAction) => void }) {
  const { t, format, date } = useI18n();
  const td = t.meetingRecord.decisions;
  const version = decision.matrixVersion;
  const general = decision.kind === 'general';
  const short = decision.text.length > 60 ? `${decision.text.slice(0, 60)}…` : decision.text;
  return (
    <Paper withBorder p="sm" component="li" style={{ listStyle: 'none' }}>
      <Stack gap={6}>
        <Group gap="xs">
          <IconGavel size={16} aria-hidden />
          <Text size="sm" fw={600}>
            {td.kinds[decision.kind]}
          </Text>
          {!general &&
            (decision.appliedAt ? (
              <Badge color="#1e6b30" c="white" tt="none" leftSection={<IconCircleCheck size={12} aria-hidden />}>
                {format(td.applied, { date: date(decision.appliedAt.slice(0, 10)) })}
              </Badge>
            ) : (
              <Badge color="#8a4b00" c="white" tt="none" leftSection={<IconClock size={12} aria-hidden />}>
                {td.notApplied}
              </Badge>
            ))}
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>
          <LanguageMarkedText text={decision.text} language={decision.textLanguage} />
        </Text>
        {version && (
          <Group gap="md">
            <Anchor href={hrefFor({ name: 'matrix', id: version.matrixId, versionId: version.id })} size="sm">
              {format(td.target, { matrix: version.matrixName, number: version.number })} ({t.matrices.status[version.status as 'approved'] ?? version.status})
            </Anchor>
            {decision.actor && <Text size="sm">{format(td.targetActor, { actor: decision.actor.name })}</Text>}
          </Group>
        )}
        {writable && (
          <Group gap="xs">
            {!general && !decision.appliedAt && (
              <Button size="compact-sm" aria-label={format(td.applyLabel, { text: short })} onClick={() => onAction('apply')}>
                {td.apply}
              </Button>
            )}
            {decision.appliedAt && decision.withdrawable && (
              <Button size="compact-sm" variant="outline" aria-label={format(td.withdrawLabel, { text: short })} onClick={() => onAction('withdraw')}>
                {td.withdraw}
              </Button>
            )}
            <Button size="compact-sm" variant="default" aria-label={format(td.editLabel, { text: short })} onClick={() => onAction('edit')}>
              {td.edit}
            </Button>
            {!decision.appliedAt && (
              <Button size="compact-sm" variant="outline" color="red.9" aria-label={format(td.removeLabel, { text: short })} onClick={() => onAction('remove')}>
                {td.remove}
              </Button>
            )}
          </Group>
        )}
        {decision.appliedAt && !decision.withdrawable && !general && (
          <Text size="xs" c="dimmed">
            {td.notWithdrawable}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
