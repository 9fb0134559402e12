import type { InputOf, LocalizedText, ProcessNode, ProcessNodeKind } from '../../../src-main/api/contract/index';
import { LOCALES } from '../../../src-main/i18n/locales';
import { emptyText, orEmpty } from './localized';

/** A step's texts beyond its name, in the order the form shows them. */
export const STEP_TEXT_KEYS = ['description', 'inputs', 'outputs', 'timeLimitText', 'notes'] as const;
export type StepTextKey = (typeof STEP_TEXT_KEYS)[number];

export interface StepFormValues {
  kind: ProcessNodeKind;
  name: LocalizedText;
  performerActorId: string;
  targetGroupId: string;
  statutory: boolean;
  /** as the number field holds it: '' when empty */
  timeLimitDays: number | string;
  texts: Record<StepTextKey, LocalizedText>;
}

const emptyTexts = () => Object.fromEntries(STEP_TEXT_KEYS.map((key) => [key, emptyText()])) as Record<StepTextKey, LocalizedText>;

export function emptyStepForm(): StepFormValues {
  return { kind: 'step', name: emptyText(), performerActorId: '', targetGroupId: '', statutory: false, timeLimitDays: '', texts: emptyTexts() };
}

export function stepFormFromNode(node: ProcessNode): StepFormValues {
  return {
    kind: node.kind,
    name: orEmpty(node.name),
    performerActorId: node.performerActorId ?? '',
    targetGroupId: node.targetGroupId ?? '',
    statutory: node.statutory,
    timeLimitDays: node.timeLimitDays ?? '',
    texts: Object.fromEntries(STEP_TEXT_KEYS.map((key) => [key, orEmpty(node[key])])) as Record<StepTextKey, LocalizedText>,
  };
}

export function stepFieldsFromForm(values: StepFormValues): InputOf<'processNodes.create'>['fields'] {
  const days = values.timeLimitDays === '' ? null : Number(values.timeLimitDays);
  return {
    kind: values.kind,
    name: values.name,
    performerActorId: values.performerActorId || null,
    targetGroupId: values.targetGroupId || null,
    statutory: values.statutory,
    timeLimitDays: days,
    ...values.texts,
  };
}

export const STEP_FORM_FIELDS = [
  'afterNodeId',
  'fields.kind',
  'fields.name',
  ...LOCALES.map((language) => `fields.name.${language}`),
  'fields.performerActorId',
  'fields.targetGroupId',
  'fields.statutory',
  'fields.timeLimitDays',
  ...STEP_TEXT_KEYS.flatMap((key) => LOCALES.map((language) => `fields.${key}.${language}`)),
];
