import { z } from 'zod';
import { ACTOR_TYPES, type ActorType, NETWORK_ROLES, type NetworkRole } from '../../domain/actors/actor-codes.js';
import { isValidBusinessId } from '../../domain/actors/business-id.js';
import {
  calendarDateSchema,
  expectedVersionSchema,
  hasSomeLanguage,
  idSchema,
  localeSchema,
  type LocalizedText,
  localizedTextSchema,
  optionalDateSchema,
  optionalTextSchema,
  periodIsOrdered,
  requiredTextSchema,
} from './common.js';
import { method } from './define.js';

export interface ActorNameVersion {
  id: string;
  validFrom: string | null;
  name: LocalizedText;
  shortName: LocalizedText;
}

export interface SuccessionLink {
  id: string;
  actorId: string;
  actorName: string;
  effectiveDate: string;
  note: string | null;
  rowVersion: number;
}

export interface ActorSummary {
  id: string;
  /** the name in the requested language, or the first available one */
  name: string;
  /** the language `name` is actually in; differs from the request where a translation is missing */
  nameLanguage: 'fi' | 'sv' | 'en';
  shortName: string | null;
  type: ActorType;
  isPublicAuthority: boolean;
  municipality: string | null;
  archived: boolean;
  /** names of successors, when the actor has been succeeded */
  succeededBy: string[];
  representativeCount: number;
  rowVersion: number;
}

export interface Representative {
  id: string;
  actorId: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  networkRole: NetworkRole;
  validFrom: string | null;
  validTo: string | null;
  archived: boolean;
  rowVersion: number;
}

export interface ActorDetail {
  id: string;
  type: ActorType;
  isPublicAuthority: boolean;
  businessId: string | null;
  municipality: string | null;
  website: string | null;
  notes: string | null;
  validFrom: string | null;
  validTo: string | null;
  archived: boolean;
  rowVersion: number;
  /** the name valid today */
  name: LocalizedText;
  shortName: LocalizedText;
  /** every name the actor has had, oldest first */
  names: ActorNameVersion[];
  predecessors: SuccessionLink[];
  successors: SuccessionLink[];
  representatives: Representative[];
}

const businessIdSchema = z
  .string()
  .max(20)
  .transform((value) => value.trim())
  .refine((value) => value === '' || isValidBusinessId(value), { params: { code: 'business_id_invalid' } })
  .nullish()
  .transform((value) => (value ? value : null));

const websiteSchema = optionalTextSchema(500).refine((value) => value === null || /^https?:\/\/[^\s]+$/i.test(value), {
  params: { code: 'invalid_url' },
});

const nameRequired = (value: { name: LocalizedText }) => hasSomeLanguage(value.name);

export const actorFieldsSchema = z.strictObject({
  name: localizedTextSchema(),
  shortName: localizedTextSchema(60).nullish(),
  type: z.enum(ACTOR_TYPES),
  isPublicAuthority: z.boolean(),
  businessId: businessIdSchema,
  municipality: optionalTextSchema(100),
  website: websiteSchema,
  notes: optionalTextSchema(),
  validFrom: optionalDateSchema,
  validTo: optionalDateSchema,
});

function actorFieldRules<T extends z.ZodType<{ name: LocalizedText; validFrom?: string | null; validTo?: string | null }>>(schema: T) {
  return schema
    .refine(nameRequired, { params: { code: 'name_required' }, path: ['name'] })
    .refine(periodIsOrdered, { params: { code: 'period_reversed' }, path: ['validTo'] });
}

export const createActorInput = actorFieldRules(actorFieldsSchema);
export const updateActorInput = actorFieldRules(
  actorFieldsSchema.extend({ id: idSchema, expectedVersion: expectedVersionSchema }),
);

export const representativeFieldsSchema = z.strictObject({
  actorId: idSchema,
  name: requiredTextSchema(200),
  title: optionalTextSchema(200),
  email: optionalTextSchema(254).refine((value) => value === null || z.email().safeParse(value).success, {
    params: { code: 'invalid_email' },
  }),
  phone: optionalTextSchema(40).refine((value) => value === null || /^\+?[0-9 ()-]{5,}$/.test(value), {
    params: { code: 'invalid_phone' },
  }),
  networkRole: z.enum(NETWORK_ROLES),
  validFrom: optionalDateSchema,
  validTo: optionalDateSchema,
});

const versioned = { id: idSchema, expectedVersion: expectedVersionSchema };

export const actorsContract = {
  'actors.list': method<ActorSummary[]>()({
    summary: 'Actors of the network, sorted by name in Finnish order',
    writes: false,
    input: z.strictObject({
      search: z.string().max(200).optional(),
      type: z.enum(ACTOR_TYPES).optional(),
      includeArchived: z.boolean().optional(),
      lang: localeSchema.optional(),
    }),
  }),
  'actors.get': method<ActorDetail>()({
    summary: 'One actor with its names, successions and representatives',
    writes: false,
    input: z.strictObject({ id: idSchema }),
  }),
  'actors.create': method<ActorDetail>()({
    summary: 'Create an actor',
    writes: true,
    input: createActorInput,
  }),
  'actors.update': method<ActorDetail>()({
    summary: 'Change an actor (the current name is corrected in place)',
    writes: true,
    input: updateActorInput,
  }),
  'actors.rename': method<ActorDetail>()({
    summary: 'Give an actor a new name from a date on; the old name stays valid before it',
    writes: true,
    input: z
      .strictObject({
        ...versioned,
        validFrom: calendarDateSchema,
        name: localizedTextSchema(),
        shortName: localizedTextSchema(60).nullish(),
      })
      .refine(nameRequired, { params: { code: 'name_required' }, path: ['name'] }),
  }),
  'actors.archive': method<ActorDetail>()({
    summary: 'Archive an actor (kept in history, hidden from lists)',
    writes: true,
    input: z.strictObject(versioned),
  }),
  'actors.restore': method<ActorDetail>()({
    summary: 'Bring an archived actor back',
    writes: true,
    input: z.strictObject(versioned),
  }),
  'actors.addSuccession': method<ActorDetail>()({
    summary: 'Record that successors took over from a predecessor on a date (split or merger)',
    writes: true,
    input: z.strictObject({
      predecessorId: idSchema,
      successorIds: z.array(idSchema).min(1).max(100),
      effectiveDate: calendarDateSchema,
      note: optionalTextSchema(1000),
    }),
  }),
  'actors.removeSuccession': method<ActorDetail>()({
    summary: 'Remove a succession recorded by mistake',
    writes: true,
    input: z.strictObject(versioned),
  }),
  'representatives.create': method<Representative>()({
    summary: 'Add a representative to an actor',
    writes: true,
    input: representativeFieldsSchema.refine(periodIsOrdered, { params: { code: 'period_reversed' }, path: ['validTo'] }),
  }),
  'representatives.update': method<Representative>()({
    summary: 'Change a representative',
    writes: true,
    input: representativeFieldsSchema
      .omit({ actorId: true })
      .extend(versioned)
      .refine(periodIsOrdered, { params: { code: 'period_reversed' }, path: ['validTo'] }),
  }),
  'representatives.archive': method<Representative>()({
    summary: 'Archive a representative who has left the network',
    writes: true,
    input: z.strictObject(versioned),
  }),
  'representatives.restore': method<Representative>()({
    summary: 'Bring an archived representative back',
    writes: true,
    input: z.strictObject(versioned),
  }),
};
