import type { ProcessDetail, ProcessNode, ProcessSwimlane } from '../../api/contract/processes.js';
import type { Locale } from '../../i18n/locales.js';
import type { ReadContext } from '../shared/contexts.js';
import { pickLocalized } from '../shared/localized-text.js';
import { getProcessDetail } from './process-queries.js';
import { describeSwimlane } from './swimlane/swimlane-alt-text.js';
import { layoutSwimlane } from './swimlane/swimlane-layout.js';
import type { SwimlaneLane, SwimlaneModel } from './swimlane/swimlane-model.js';
import { renderSwimlaneSvg } from './swimlane/swimlane-svg.js';

/** The lane of steps nobody performs yet: shown, so the gap is seen rather than hidden. */
export const NO_PERFORMER_LANE_ID = 'no-performer';
const NO_PERFORMER: Record<Locale, string> = { fi: 'Ei tekijää', sv: 'Ingen utförare', en: 'No performer' };

/**
 * A process as a swimlane chart: lanes are the performers in the order they first appear in the
 * step list. A start or an end without a performer sits in its neighbour's lane (the start by
 * its first successor, an end by its first predecessor), since they are events, not work.
 */
export function swimlaneModelOf(detail: ProcessDetail, locale: Locale): SwimlaneModel {
  const laneOf = new Map<string, string>();
  const labels = new Map<string, string>();
  for (const node of detail.nodes) {
    if (node.performerActorId) {
      laneOf.set(node.id, node.performerActorId);
      labels.set(node.performerActorId, node.performerName ?? '?');
    }
  }
  const nodeById = new Map(detail.nodes.map((node) => [node.id, node]));
  const neighbourLane = (node: ProcessNode): string | undefined => {
    const edge = node.kind === 'start' ? detail.edges.find((e) => e.fromNodeId === node.id) : detail.edges.find((e) => e.toNodeId === node.id);
    const neighbour = edge ? nodeById.get(node.kind === 'start' ? edge.toNodeId : edge.fromNodeId) : undefined;
    return neighbour?.performerActorId ?? undefined;
  };
  for (const node of detail.nodes) {
    if (laneOf.has(node.id)) continue;
    const borrowed = node.kind === 'start' || node.kind === 'end' ? neighbourLane(node) : undefined;
    laneOf.set(node.id, borrowed ?? NO_PERFORMER_LANE_ID);
  }

  const lanes: SwimlaneLane[] = [];
  const seen = new Set<string>();
  for (const node of detail.nodes) {
    const laneId = laneOf.get(node.id)!;
    if (seen.has(laneId) || laneId === NO_PERFORMER_LANE_ID) continue;
    seen.add(laneId);
    lanes.push({ id: laneId, label: labels.get(laneId) ?? '?' });
  }
  if ([...laneOf.values()].includes(NO_PERFORMER_LANE_ID)) lanes.push({ id: NO_PERFORMER_LANE_ID, label: NO_PERFORMER[locale] });

  const text = (value: ProcessNode['name']) => pickLocalized(value, locale)?.text ?? '';
  return {
    title: text(detail.name),
    lanes,
    nodes: detail.nodes.map((node) => ({ id: node.id, kind: node.kind, laneId: laneOf.get(node.id)!, label: text(node.name) })),
    edges: detail.edges.map((edge) => {
      const label = text(edge.label);
      return { from: edge.fromNodeId, to: edge.toNodeId, ...(label ? { label } : {}) };
    }),
  };
}

/** The chart as SVG with its text alternative, in the language asked for. */
export async function renderProcessSwimlane(context: ReadContext, id: string, locale: Locale): Promise<ProcessSwimlane> {
  const detail = await getProcessDetail({ ...context, locale }, id);
  const model = swimlaneModelOf(detail, locale);
  const layout = layoutSwimlane(model);
  const description = describeSwimlane(model, locale);
  const svg = renderSwimlaneSvg(layout, { locale, description: description.summary, idPrefix: `swimlane-${id}` });
  return {
    svg,
    width: layout.width,
    height: layout.height,
    description: {
      summary: description.summary,
      steps: description.lanes.flatMap((lane) =>
        lane.steps.map((step) => ({
          label: step.label,
          lane: lane.label,
          next: step.next.map((target) => (target.condition ? `${target.condition}: ${target.label}` : target.label)),
        })),
      ),
    },
  };
}
