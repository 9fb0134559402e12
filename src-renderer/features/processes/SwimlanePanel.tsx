import { Box, List, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ProcessSwimlane } from '../../../src-main/api/contract/index';
import { toApiError } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { SectionCard } from '../../components/SectionCard';
import { useI18n } from '../../i18n/use-i18n';

type DescribedStep = ProcessSwimlane['description']['steps'][number];

/** The core lists the steps lane by lane; the page shows each lane once with its steps under it. */
function lanesOf(steps: DescribedStep[]): Array<{ label: string; steps: DescribedStep[] }> {
  const lanes: Array<{ label: string; steps: DescribedStep[] }> = [];
  for (const step of steps) {
    const last = lanes[lanes.length - 1];
    if (last && last.label === step.lane) last.steps.push(step);
    else lanes.push({ label: step.lane, steps: [step] });
  }
  return lanes;
}

/**
 * Uimaratakaavio: the core draws the chart (the same SVG as in the Word export, with its own title
 * and description for screen readers); the page shows it in a scrolling box the keyboard can scroll,
 * and the same flow as a list below it.
 */
export function SwimlanePanel({ processId }: { processId: string }) {
  const { t, locale, format } = useI18n();
  const text = t.processes.swimlane;
  const swimlane = useApiQuery('processes.swimlane', { id: processId, lang: locale });
  const data = swimlane.data;
  const [fit, setFit] = useState(false);
  // Fitted, the chart scales with the page (without a height, its viewBox keeps the proportions); else it keeps its size and scrolls.
  const svg = data && fit ? data.svg.replace(`width="${data.width}" height="${data.height}"`, 'width="100%"') : data?.svg;

  return (
    <SectionCard id="process-swimlane" title={text.title}>
      <Text size="sm" c="dimmed">
        {text.description}
      </Text>
      {swimlane.error ? <FormErrorAlert error={toApiError(swimlane.error, locale)} /> : null}
      {!data && !swimlane.error && <LoadingState label={t.common.loading} />}
      {data && (
        <Stack gap="md">
          <Switch label={text.fitToWidth} checked={fit} onChange={(event) => setFit(event.currentTarget.checked)} />
          <Box
            role="region"
            aria-label={text.scrollLabel}
            tabIndex={0}
            style={{ overflowX: 'auto', border: '1px solid var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-sm)' }}
            aria-busy={swimlane.loading}
          >
            {/* The SVG comes from our own core, built from escaped text: no script, no foreign objects. */}
            <div style={{ width: fit ? '100%' : data.width, lineHeight: 0 }} dangerouslySetInnerHTML={{ __html: svg ?? '' }} />
          </Box>
          <Stack gap="xs">
            <Title order={3} size="h5">
              {text.textTitle}
            </Title>
            <Text size="sm">{data.description.summary}</Text>
            <List spacing={6} size="sm">
              {lanesOf(data.description.steps).map((lane) => (
                <List.Item key={lane.label}>
                  <Text span size="sm" fw={600}>
                    {lane.label}
                  </Text>
                  <List withPadding spacing={2} size="sm" listStyleType="disc">
                    {lane.steps.map((step, index) => (
                      <List.Item key={`${index}-${step.label}`}>
                        {step.label}
                        {' – '}
                        {step.next.length > 0 ? format(text.next, { steps: step.next.join('; ') }) : text.last}
                      </List.Item>
                    ))}
                  </List>
                </List.Item>
              ))}
            </List>
          </Stack>
        </Stack>
      )}
    </SectionCard>
  );
}
