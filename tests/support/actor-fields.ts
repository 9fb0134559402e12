import type { ActorFields } from '../../src-main/domain/actors/actor-commands.js';
import type { RepresentativeFields } from '../../src-main/domain/actors/representative-commands.js';

/** Every field of an actor, as the contract hands them to the domain (nothing left undefined). */
export function actorFields(nameFi: string, overrides: Partial<ActorFields> = {}): ActorFields {
  return {
    name: { fi: nameFi, sv: null, en: null },
    shortName: null,
    type: 'ngo',
    isPublicAuthority: false,
    businessId: null,
    municipality: null,
    website: null,
    notes: null,
    validFrom: null,
    validTo: null,
    ...overrides,
  };
}

export function representativeFields(name: string, overrides: Partial<RepresentativeFields> = {}): RepresentativeFields {
  return {
    name,
    title: null,
    email: null,
    phone: null,
    networkRole: 'member',
    validFrom: null,
    validTo: null,
    ...overrides,
  };
}
