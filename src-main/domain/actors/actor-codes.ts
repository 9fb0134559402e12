/** Actor types (toimijatyypit), stored as these codes; labels live in the UI's dictionaries. */
export const ACTOR_TYPES = [
  'ely_centre', // ELY-keskus / elinvoimakeskus
  'municipality', // kunta
  'employment_authority', // TE-toimisto / työllisyysalue (työvoimaviranomainen)
  'wellbeing_county', // hyvinvointialue
  'kela',
  'migri', // Maahanmuuttovirasto
  'police', // poliisi
  'border_guard', // Rajavartiolaitos
  'rescue_services', // pelastuslaitos
  'permit_agency', // Lupa- ja valvontavirasto
  'reception_centre', // vastaanottokeskus
  'parish', // seurakunta
  'ngo', // järjestö
  'education', // oppilaitos
  'other',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** A representative's role in the network. */
export const NETWORK_ROLES = ['coordinator', 'member', 'deputy', 'expert'] as const;
export type NetworkRole = (typeof NETWORK_ROLES)[number];
