import type { Locale } from '../../../i18n/locales.js';
import { rankNodes } from './swimlane-layout.js';
import { validateSwimlaneModel, type SwimlaneModel, type SwimlaneNodeKind } from './swimlane-model.js';

/**
 * The chart as words: a one-sentence summary for the image's alt text, and the steps listed by
 * actor with where each one leads. A chart alone is not accessible; this text goes beside it.
 */
export interface SwimlaneStepDescription {
  label: string;
  kind: SwimlaneNodeKind;
  next: Array<{ label: string; lane: string; condition?: string }>;
}

export interface SwimlaneDescription {
  summary: string;
  lanes: Array<{ label: string; steps: SwimlaneStepDescription[] }>;
  /** The whole description as plain text, one line per step. */
  text: string;
}

interface Words {
  chart: string;
  count: (n: number, one: string, many: string) => string;
  lanes: [string, string];
  steps: [string, string];
  decisions: [string, string];
  starts: string;
  ends: string;
  next: string;
  when: string;
  finished: string;
  noSteps: string;
  kind: Record<SwimlaneNodeKind, string>;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const WORDS: Record<Locale, Words> = {
  fi: {
    chart: 'Uimaratakaavio',
    count,
    lanes: ['toimija', 'toimijaa'],
    steps: ['vaihe', 'vaihetta'],
    decisions: ['päätöskohta', 'päätöskohtaa'],
    starts: 'Alkaa',
    ends: 'Päättyy',
    next: 'seuraavaksi',
    when: 'jos',
    finished: 'prosessi päättyy',
    noSteps: 'ei vaiheita',
    kind: { start: 'alku', end: 'loppu', step: 'vaihe', decision: 'päätöskohta' },
  },
  sv: {
    chart: 'Simbanediagram',
    count,
    lanes: ['aktör', 'aktörer'],
    steps: ['steg', 'steg'],
    decisions: ['beslutspunkt', 'beslutspunkter'],
    starts: 'Börjar',
    ends: 'Slutar',
    next: 'därefter',
    when: 'om',
    finished: 'processen slutar',
    noSteps: 'inga steg',
    kind: { start: 'start', end: 'slut', step: 'steg', decision: 'beslutspunkt' },
  },
  en: {
    chart: 'Swimlane chart',
    count,
    lanes: ['actor', 'actors'],
    steps: ['step', 'steps'],
    decisions: ['decision point', 'decision points'],
    starts: 'Starts',
    ends: 'Ends',
    next: 'next',
    when: 'if',
    finished: 'the process ends',
    noSteps: 'no steps',
    kind: { start: 'start', end: 'end', step: 'step', decision: 'decision point' },
  },
};

export function describeSwimlane(model: SwimlaneModel, locale: Locale): SwimlaneDescription {
  validateSwimlaneModel(model);
  const words = WORDS[locale];
  const { ranks } = rankNodes(model);
  const nodeById = new Map(model.nodes.map((node) => [node.id, node]));
  const laneLabel = new Map(model.lanes.map((lane) => [lane.id, lane.label]));
  const byRank = (a: { id: string }, b: { id: string }) => ranks.get(a.id)! - ranks.get(b.id)!;

  const stepCount = model.nodes.filter((node) => node.kind === 'step').length;
  const decisionCount = model.nodes.filter((node) => node.kind === 'decision').length;
  const starts = model.nodes.filter((node) => node.kind === 'start').map((node) => node.label);
  const ends = model.nodes.filter((node) => node.kind === 'end').map((node) => node.label);
  const summary = [
    `${words.chart}: ${words.count(model.lanes.length, ...words.lanes)}, ${words.count(stepCount, ...words.steps)}, ${words.count(decisionCount, ...words.decisions)}.`,
    starts.length ? `${words.starts}: ${starts.join('; ')}.` : '',
    ends.length ? `${words.ends}: ${ends.join('; ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');

  const lanes = model.lanes.map((lane) => ({
    label: lane.label,
    steps: model.nodes
      .filter((node) => node.laneId === lane.id)
      .sort(byRank)
      .map((node) => ({
        label: node.label,
        kind: node.kind,
        next: model.edges
          .filter((edge) => edge.from === node.id)
          .map((edge) => {
            const target = nodeById.get(edge.to)!;
            return { label: target.label, lane: laneLabel.get(target.laneId)!, ...(edge.label ? { condition: edge.label } : {}) };
          }),
      })),
  }));

  const lines = [model.title, summary, ''];
  for (const lane of lanes) {
    lines.push(`${lane.label}:`);
    if (lane.steps.length === 0) lines.push(`  – ${words.noSteps}`);
    for (const step of lane.steps) {
      const kind = step.kind === 'step' ? '' : ` (${words.kind[step.kind]})`;
      const next = step.next.length
        ? step.next.map((target) => `${target.condition ? `${words.when} ${target.condition}: ` : ''}${target.label} [${target.lane}]`).join('; ')
        : step.kind === 'end'
          ? ''
          : words.finished;
      lines.push(`  – ${step.label}${kind}${next ? ` → ${step.next.length ? `${words.next}: ` : ''}${next}` : ''}`);
    }
  }
  return { summary, lanes, text: lines.join('\n') };
}
