import type { Locale } from '../../i18n/locales.js';

type Label = Record<Locale, string>;

/** Field names people know, keyed by stored column (camelCase keys of read models are folded to these). */
const COMMON_LABELS: Record<string, Label> = {
  name: { fi: 'Nimi', sv: 'Namn', en: 'Name' },
  short_name: { fi: 'Lyhenne', sv: 'Förkortning', en: 'Short name' },
  names: { fi: 'Nimihistoria', sv: 'Namnhistorik', en: 'Name history' },
  title: { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' },
  type: { fi: 'Tyyppi', sv: 'Typ', en: 'Type' },
  notes: { fi: 'Lisätiedot', sv: 'Tilläggsuppgifter', en: 'Notes' },
  description: { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' },
  is_public_authority: { fi: 'Viranomainen', sv: 'Myndighet', en: 'Public authority' },
  business_id: { fi: 'Y-tunnus', sv: 'FO-nummer', en: 'Business ID' },
  municipality: { fi: 'Kunta', sv: 'Kommun', en: 'Municipality' },
  website: { fi: 'Verkkosivu', sv: 'Webbplats', en: 'Website' },
  valid_from: { fi: 'Voimassa alkaen', sv: 'Giltig från', en: 'Valid from' },
  valid_to: { fi: 'Voimassa asti', sv: 'Giltig till', en: 'Valid to' },
  archived_at: { fi: 'Arkistoitu', sv: 'Arkiverad', en: 'Archived' },
  archived: { fi: 'Arkistoitu', sv: 'Arkiverad', en: 'Archived' },
  email: { fi: 'Sähköposti', sv: 'E-post', en: 'E-mail' },
  phone: { fi: 'Puhelin', sv: 'Telefon', en: 'Phone' },
  network_role: { fi: 'Rooli verkostossa', sv: 'Roll i nätverket', en: 'Role in the network' },
  status: { fi: 'Tila', sv: 'Status', en: 'Status' },
  location: { fi: 'Paikka', sv: 'Plats', en: 'Place' },
  starts_at: { fi: 'Alkaa', sv: 'Börjar', en: 'Starts' },
  ends_at: { fi: 'Päättyy', sv: 'Slutar', en: 'Ends' },
  due_date: { fi: 'Määräpäivä', sv: 'Förfallodag', en: 'Due date' },
  closing_note: { fi: 'Kuittaus', sv: 'Avslutande anteckning', en: 'Closing note' },
  text: { fi: 'Teksti', sv: 'Text', en: 'Text' },
  sort_order: { fi: 'Järjestys', sv: 'Ordning', en: 'Order' },
  representatives: { fi: 'Edustajat', sv: 'Representanter', en: 'Representatives' },
};

/** Where one entity calls a column something more precise than the common name. */
const ENTITY_LABELS: Record<string, Record<string, Label>> = {
  actor: { type: { fi: 'Organisaatiotyyppi', sv: 'Organisationstyp', en: 'Organisation type' } },
  action_item: { text: { fi: 'Tehtävä', sv: 'Uppgift', en: 'Task' } },
  meeting_decision: { text: { fi: 'Päätös', sv: 'Beslut', en: 'Decision' } },
};

function toColumnName(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** "name_sv" reads "Namn (sv)"; an unknown field keeps its stored name rather than a guess. */
export function fieldLabel(entityType: string, field: string, locale: Locale): string {
  const column = toColumnName(field);
  const language = /_(fi|sv|en)$/.exec(column)?.[1];
  const base = language ? column.slice(0, -3) : column;
  const label = ENTITY_LABELS[entityType]?.[base] ?? COMMON_LABELS[base];
  if (!label) return field;
  return language ? `${label[locale]} (${language})` : label[locale];
}
