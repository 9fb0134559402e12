import { actorFieldsSchema, representativeFieldsSchema } from '../../src-main/api/contract/actors';
import type { ActorSummary, Representative } from '../../src-main/api/contract/index';

/** The code lists, taken from the contract's own schemas so the screens can never drift from it. */
export type ActorType = ActorSummary['type'];
export type NetworkRole = Representative['networkRole'];

export const ACTOR_TYPE_CODES: readonly ActorType[] = actorFieldsSchema.shape.type.options;
export const NETWORK_ROLE_CODES: readonly NetworkRole[] = representativeFieldsSchema.shape.networkRole.options;

export function isActorType(value: string): value is ActorType {
  return (ACTOR_TYPE_CODES as readonly string[]).includes(value);
}
