/**
 * Row types of every table, exactly as stored. Conversions to domain values (booleans, localized
 * texts) happen in the repositories through `stored-values.ts`; nothing above the repositories
 * sees these shapes.
 */
export interface NetworkInfoTable {
  id: string;
  name_fi: string | null;
  name_sv: string | null;
  name_en: string | null;
  region: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
  row_version: number;
}

export interface ActorTable {
  id: string;
  /** an ActorType code */
  type: string;
  is_public_authority: number;
  /** Y-tunnus; optional and deliberately not unique */
  business_id: string | null;
  municipality: string | null;
  website: string | null;
  notes: string | null;
  valid_from: string | null;
  valid_to: string | null;
  archived_at: string | null;
  search_text: string;
  created_at: string;
  updated_at: string;
  row_version: number;
}

/** An actor's name over time; the row with the latest valid_from not after a date is the name then. */
export interface ActorNameTable {
  id: string;
  actor_id: string;
  /** null: the name the actor had from the start */
  valid_from: string | null;
  name_fi: string | null;
  name_sv: string | null;
  name_en: string | null;
  short_name_fi: string | null;
  short_name_sv: string | null;
  short_name_en: string | null;
  created_at: string;
  updated_at: string;
  row_version: number;
}

/** Seuraanto: many-to-many, so splits (TE-toimisto → työllisyysalueet) and mergers both fit. */
export interface ActorSuccessionTable {
  id: string;
  predecessor_id: string;
  successor_id: string;
  effective_date: string;
  note: string | null;
  created_at: string;
  updated_at: string;
  row_version: number;
}

export interface RepresentativeTable {
  id: string;
  actor_id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  /** a NetworkRole code */
  network_role: string;
  valid_from: string | null;
  valid_to: string | null;
  archived_at: string | null;
  search_text: string;
  created_at: string;
  updated_at: string;
  row_version: number;
}

/** One log for every change (what, when, who): the base of audit, undo and conflict messages. */
export interface ChangeLogTable {
  id: string;
  changed_at: string;
  changed_by: string;
  entity_type: string;
  entity_id: string;
  operation: string;
  before_json: string | null;
  after_json: string | null;
}

export interface NetworkSettingTable {
  key: string;
  value_json: string;
  updated_at: string;
  row_version: number;
}

export interface Database {
  network_info: NetworkInfoTable;
  actor: ActorTable;
  actor_name: ActorNameTable;
  actor_succession: ActorSuccessionTable;
  representative: RepresentativeTable;
  change_log: ChangeLogTable;
  network_setting: NetworkSettingTable;
}
