import { z } from 'zod';
import {
  expectedVersionSchema,
  hasSomeLanguage,
  idSchema,
  localeSchema,
  type LocalizedText,
  localizedTextSchema,
  MAX_TEXT_LENGTH,
  optionalDateSchema,
  periodIsOrdered,
} from './common.js';
import { method } from './define.js';

/** The network's action plan: shared goals (yhteisen työn tavoitteet) and their actions (toimenpiteet). */

export const GOAL_ACTION_STATUSES = ['planned', 'ongoing', 'done', 'postponed', 'dropped'] as const;
export type GoalActionStatus = (typeof GOAL_ACTION_STATUSES)[number];

export interface GoalActionView {
  id: string;
  goalId: string;
  name: string;
  nameLanguage: 'fi' | 'sv' | 'en';
  names: LocalizedText;
  description: LocalizedText;
  scheduleFrom: string | null;
  scheduleTo: string | null;
  scheduleText: LocalizedText;
  indicator: LocalizedText;
  status: GoalActionStatus;
  actors: Array<{ id: string; name: string }>;
  /** action items from meetings linked to this action */
  actionItemCounts: { open: number; done: number };
  sortOrder: number;
  rowVersion: number;
}

export interface NetworkGoalView {
  id: string;
  name: string;
  nameLanguage: 'fi' | 'sv' | 'en';
  names: LocalizedText;
  description: LocalizedText;
  periodFrom: string | null;
  periodTo: string | null;
  archived: boolean;
  actions: GoalActionView[];
  sortOrder: number;
  rowVersion: number;
}

const nameRequired = (value: { name: LocalizedText }) => hasSomeLanguage(value.name);
const scheduleOrdered = (value: { scheduleFrom?: string | null; scheduleTo?: string | null }) =>
  periodIsOrdered({ validFrom: value.scheduleFrom, validTo: value.scheduleTo });
const goalPeriodOrdered = (value: { periodFrom?: string | null; periodTo?: string | null }) =>
  periodIsOrdered({ validFrom: value.periodFrom, validTo: value.periodTo });

const goalFields = {
  name: localizedTextSchema(),
  description: localizedTextSchema(MAX_TEXT_LENGTH).optional(),
  periodFrom: optionalDateSchema,
  periodTo: optionalDateSchema,
};

const actionFields = {
  name: localizedTextSchema(),
  description: localizedTextSchema(MAX_TEXT_LENGTH).optional(),
  scheduleFrom: optionalDateSchema,
  scheduleTo: optionalDateSchema,
  scheduleText: localizedTextSchema().optional(),
  indicator: localizedTextSchema(2000).optional(),
  status: z.enum(GOAL_ACTION_STATUSES),
  actorIds: z.array(idSchema).max(100),
};

export const actionPlanContract = {
  'goals.list': method<NetworkGoalView[]>()({
    summary: 'The action plan: goals in order, each with its actions',
    writes: false,
    input: z.strictObject({ includeArchived: z.boolean().optional(), lang: localeSchema.optional() }),
  }),
  'goals.create': method<NetworkGoalView>()({
    summary: 'Add a shared goal',
    writes: true,
    input: z
      .strictObject(goalFields)
      .refine(nameRequired, { params: { code: 'name_required' }, path: ['name'] })
      .refine(goalPeriodOrdered, { params: { code: 'period_reversed' }, path: ['periodTo'] }),
  }),
  'goals.update': method<NetworkGoalView>()({
    summary: 'Change a goal',
    writes: true,
    input: z
      .strictObject({ id: idSchema, expectedVersion: expectedVersionSchema, ...goalFields })
      .refine(nameRequired, { params: { code: 'name_required' }, path: ['name'] })
      .refine(goalPeriodOrdered, { params: { code: 'period_reversed' }, path: ['periodTo'] }),
  }),
  'goals.archive': method<NetworkGoalView>()({
    summary: 'Archive or restore a goal',
    writes: true,
    input: z.strictObject({ id: idSchema, expectedVersion: expectedVersionSchema, archived: z.boolean() }),
  }),
  'goals.move': method<NetworkGoalView[]>()({
    summary: 'Move a goal to a position in the plan',
    writes: true,
    input: z.strictObject({ id: idSchema, expectedVersion: expectedVersionSchema, position: z.number().int().min(0) }),
  }),
  'goalActions.create': method<NetworkGoalView>()({
    summary: 'Add an action to a goal',
    writes: true,
    input: z
      .strictObject({ goalId: idSchema, ...actionFields })
      .refine(nameRequired, { params: { code: 'name_required' }, path: ['name'] })
      .refine(scheduleOrdered, { params: { code: 'period_reversed' }, path: ['scheduleTo'] }),
  }),
  'goalActions.update': method<NetworkGoalView>()({
    summary: 'Change an action: what, who, schedule, indicator, status',
    writes: true,
    input: z
      .strictObject({ id: idSchema, expectedVersion: expectedVersionSchema, ...actionFields })
      .refine(nameRequired, { params: { code: 'name_required' }, path: ['name'] })
      .refine(scheduleOrdered, { params: { code: 'period_reversed' }, path: ['scheduleTo'] }),
  }),
  'goalActions.remove': method<NetworkGoalView>()({
    summary: 'Remove an action (linked action items keep their text and lose the link)',
    writes: true,
    input: z.strictObject({ id: idSchema, expectedVersion: expectedVersionSchema }),
  }),
};
