import type { MeetingSettings, RecordKind, SectionNumberingSetting } from '../../api/contract/meetings.js';
import { RECORD_KINDS, SECTION_NUMBERINGS } from '../../api/contract/meetings.js';
import type { Queryable } from '../../db/network-store.js';
import type { WriteContext } from '../shared/contexts.js';
import { readSettingValues, writeSetting } from '../shared/network-settings.js';

/** The network's meeting settings, kept in `network_setting` (one JSON value per key). */
const MEETING_SETTING_KEYS = {
  sectionNumbering: 'meetings.sectionNumbering',
  recordKind: 'meetings.recordKind',
} as const satisfies Record<keyof MeetingSettings, string>;

/** per meeting, and a memo: a network is not a decision-making body */
const DEFAULT_MEETING_SETTINGS: MeetingSettings = { sectionNumbering: 'per_meeting', recordKind: 'memo' };

export async function readMeetingSettings(db: Queryable): Promise<MeetingSettings> {
  const values = await readSettingValues(db, Object.values(MEETING_SETTING_KEYS));
  const numbering = values.get(MEETING_SETTING_KEYS.sectionNumbering);
  const recordKind = values.get(MEETING_SETTING_KEYS.recordKind);
  return {
    // a value edited by hand to something unknown falls back to the default rather than breaking reads
    sectionNumbering: (SECTION_NUMBERINGS as readonly unknown[]).includes(numbering)
      ? (numbering as SectionNumberingSetting)
      : DEFAULT_MEETING_SETTINGS.sectionNumbering,
    recordKind: (RECORD_KINDS as readonly unknown[]).includes(recordKind) ? (recordKind as RecordKind) : DEFAULT_MEETING_SETTINGS.recordKind,
  };
}

export async function writeMeetingSettings(context: WriteContext, settings: MeetingSettings): Promise<MeetingSettings> {
  for (const field of Object.keys(MEETING_SETTING_KEYS) as Array<keyof MeetingSettings>) {
    await writeSetting(context, MEETING_SETTING_KEYS[field], settings[field]);
  }
  return readMeetingSettings(context.db);
}
