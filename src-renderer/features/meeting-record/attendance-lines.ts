import type { AttendanceRow, InviteeRole, MeetingDetail } from '../../../src-main/api/contract/index';

/** One line of the attendance list: an invitee (recorded or not) or another recorded person. */
export interface AttendanceLine {
  key: string;
  representativeId: string | null;
  name: string;
  actorId: string | null;
  actorName: string | null;
  role: InviteeRole | null;
  inactive: boolean;
  row: AttendanceRow | null;
}

export interface AttendanceGroup {
  key: string;
  actorId: string | null;
  actorName: string | null;
  lines: AttendanceLine[];
}

const collator = new Intl.Collator('fi');

/** Invitees first matched with their recorded rows, then the rows of guests and others, grouped by organisation. */
export function attendanceGroups(meeting: Pick<MeetingDetail, 'invitees' | 'attendance'>): AttendanceGroup[] {
  const byRepresentative = new Map(meeting.attendance.filter((row) => row.representativeId).map((row) => [row.representativeId!, row]));
  const invited = new Set(meeting.invitees.map((invitee) => invitee.representativeId));
  const lines: AttendanceLine[] = [
    ...meeting.invitees.map((invitee) => ({
      key: `invitee-${invitee.representativeId}`,
      representativeId: invitee.representativeId,
      name: invitee.name,
      actorId: invitee.actorId,
      actorName: invitee.actorName,
      role: invitee.role,
      inactive: invitee.inactive,
      row: byRepresentative.get(invitee.representativeId) ?? null,
    })),
    ...meeting.attendance
      .filter((row) => !row.representativeId || !invited.has(row.representativeId))
      .map((row) => ({
        key: `row-${row.id}`,
        representativeId: row.representativeId,
        name: row.personName,
        actorId: row.actorId,
        actorName: row.actorName,
        role: null,
        inactive: false,
        row,
      })),
  ];
  const groups = new Map<string, AttendanceGroup>();
  for (const line of lines) {
    const key = line.actorId ?? '';
    const group = groups.get(key) ?? { key: key || 'none', actorId: line.actorId, actorName: line.actorName, lines: [] };
    group.lines.push(line);
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort((a, b) => {
    if (!a.actorId !== !b.actorId) return a.actorId ? -1 : 1;
    return collator.compare(a.actorName ?? '', b.actorName ?? '');
  });
  for (const group of sorted) group.lines.sort((a, b) => collator.compare(a.name, b.name));
  return sorted;
}

export interface AttendanceCounts {
  present: number;
  deputy: number;
  absent: number;
  unrecorded: number;
  online: number;
}

export function attendanceCounts(groups: readonly AttendanceGroup[]): AttendanceCounts {
  const counts: AttendanceCounts = { present: 0, deputy: 0, absent: 0, unrecorded: 0, online: 0 };
  for (const line of groups.flatMap((group) => group.lines)) {
    if (!line.row) counts.unrecorded += 1;
    else counts[line.row.status] += 1;
    if (line.row && line.row.status !== 'absent' && line.row.participation === 'online') counts.online += 1;
  }
  return counts;
}
