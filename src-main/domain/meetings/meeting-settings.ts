import type { MeetingSettings, RecordKind, SectionNumberingSetting } from '../../api/contract/meetings.js';
import { RECORD_KINDS, SECTION_NUMBERINGS } from '../../api/contract/meetings.js';
import { recordChange } from '../../db/change-log.js';
import type { Queryable } from '../../db/network-store.js';
import type { WriteContext } from '../shared/contexts.js';

/** The network's meeting settings, kept in `network_setting` (one JSON value per key). */
export const MEETING_SETTING_KEYS = {
  sectionNumbering: 'meetings.sectionNumbering',
  recordKind: 'meetings.recordKind',
} as const satisfies Record<keyof MeetingSettings, string>;

/** per meeting, and a memo: a network is not a decision-making body */
export const DEFAULT_MEETING_SETTINGS: MeetingSettings = { sectionNumbering: 'per_meeting', recordKind: 'memo' };

export async function readMeetingSettings(db: Queryable): Promise<MeetingSettings> {
  const rows = await db.selectFrom('network_setting').select(['key', 'value_json']).where('key', 'in', Object.values(MEETING_SETTING_KEYS)).execute();
  const values = new Map(rows.map((row) => [row.key, parseJson(row.value_json)]));
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
  const now = context.author.now.toISOString();
  for (const field of Object.keys(MEETING_SETTING_KEYS) as Array<keyof MeetingSettings>) {
    const key = MEETING_SETTING_KEYS[field];
    const value_json = JSON.stringify(settings[field]);
    const before = await context.db.selectFrom('network_setting').selectAll().where('key', '=', key).executeTakeFirst();
    if (before?.value_json === value_json) continue;
    const after = { key, value_json, updated_at: now, row_version: (before?.row_version ?? 0) + 1 };
    if (before) await context.db.updateTable('network_setting').set(after).where('key', '=', key).execute();
    else await context.db.insertInto('network_setting').values(after).execute();
    await recordChange(context.db, context.author, {
      entityType: 'network_setting',
      entityId: key,
      operation: before ? 'update' : 'create',
      before: before ?? null,
      after,
    });
  }
  return readMeetingSettings(context.db);
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}
