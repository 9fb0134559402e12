import type { ActorDetail, InputOf, LocalizedText } from '../../../src-main/api/contract/index';
import type { ActorType } from '../../api/codes';

/** What the actor form holds while the user types: plain strings, '' for "not given". */
export interface ActorFormValues {
  name: LocalizedText;
  shortName: LocalizedText;
  type: ActorType | '';
  isPublicAuthority: boolean;
  businessId: string;
  municipality: string;
  website: string;
  notes: string;
  validFrom: string;
  validTo: string;
}

const emptyText = (): LocalizedText => ({ fi: '', sv: '', en: '' });

export function emptyActorForm(): ActorFormValues {
  return {
    name: emptyText(),
    shortName: emptyText(),
    type: '',
    isPublicAuthority: false,
    businessId: '',
    municipality: '',
    website: '',
    notes: '',
    validFrom: '',
    validTo: '',
  };
}

const orEmpty = (text: LocalizedText): LocalizedText => ({ fi: text.fi ?? '', sv: text.sv ?? '', en: text.en ?? '' });

export function actorFormFromDetail(actor: ActorDetail): ActorFormValues {
  return {
    name: orEmpty(actor.name),
    shortName: orEmpty(actor.shortName),
    type: actor.type,
    isPublicAuthority: actor.isPublicAuthority,
    businessId: actor.businessId ?? '',
    municipality: actor.municipality ?? '',
    website: actor.website ?? '',
    notes: actor.notes ?? '',
    validFrom: actor.validFrom ?? '',
    validTo: actor.validTo ?? '',
  };
}

/** The form as the contract's input: an empty date is "no date", an unchosen type is missing. */
export function actorInputFromForm(values: ActorFormValues): Omit<InputOf<'actors.create'>, 'type'> & { type?: ActorType } {
  return {
    name: values.name,
    shortName: values.shortName,
    type: values.type === '' ? undefined : values.type,
    isPublicAuthority: values.isPublicAuthority,
    businessId: values.businessId,
    municipality: values.municipality,
    website: values.website,
    notes: values.notes,
    validFrom: values.validFrom || null,
    validTo: values.validTo || null,
  };
}

export const ACTOR_FORM_FIELDS = [
  'name',
  'name.fi',
  'name.sv',
  'name.en',
  'shortName.fi',
  'shortName.sv',
  'shortName.en',
  'type',
  'isPublicAuthority',
  'businessId',
  'municipality',
  'website',
  'notes',
  'validFrom',
  'validTo',
];
