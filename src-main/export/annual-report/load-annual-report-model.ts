import type { MeetingDetail } from '../../api/contract/meetings.js';
import { listGoals } from '../../domain/action-plan/goal-view.js';
import { actorsOnDate } from '../../domain/matrices/matrix-actors.js';
import { isOverdue } from '../../domain/meetings/action-item-carry-over.js';
import { getMeetingDetail, listMeetings } from '../../domain/meetings/meeting-view.js';
import { readNetworkInfo } from '../../domain/network/network-info.js';
import { calendarDateInHelsinki } from '../../domain/shared/calendar.js';
import type { ReadContext } from '../../domain/shared/contexts.js';
import { compareFinnish } from '../../domain/shared/finnish-text.js';
import { pickLocalized } from '../../domain/shared/localized-text.js';
import { fromStoredLocalized } from '../../db/stored-values.js';
import type { Locale } from '../../i18n/locales.js';
import { exportFileNameFor } from '../../session/file-host.js';
import { readDocumentTemplate } from '../document-settings.js';
import type { AnnualReportAcceptance, AnnualReportApproval, AnnualReportAttendance, AnnualReportModel } from './annual-report-model.js';
import { annualReportTexts } from './annual-report-texts.js';

const HELD = new Set(['held', 'record_approved']);

/**
 * Reads the year's meetings, the action plan and the matrices' approvals and acceptances from the
 * open network, in the report's language (in the main thread: the data file stays there). A year
 * with nothing recorded still makes a report that says so.
 */
export async function loadAnnualReportModel(context: ReadContext, year: number, locale: Locale): Promise<AnnualReportModel> {
  const reader: ReadContext = { ...context, locale };
  const summaries = await listMeetings(reader, { year });
  const heldSummaries = summaries.filter((meeting) => HELD.has(meeting.status)).sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
  const held: MeetingDetail[] = [];
  for (const meeting of heldSummaries) held.push(await getMeetingDetail(reader, meeting.id));

  const network = await readNetworkInfo(context.db);
  const items = held.flatMap((meeting) => meeting.actionItems);
  const goals = await listGoals(reader);
  return {
    locale,
    year,
    date: context.today,
    network: { name: pickLocalized(network.name, locale)?.text ?? '', isDemo: network.isDemo },
    template: await readDocumentTemplate(context.db),
    meetings: held.map((meeting) => ({
      number: meeting.number,
      date: meeting.date,
      title: meeting.title,
      kind: meeting.kind,
      workingGroup: meeting.workingGroupName,
      present: meeting.attendance.filter((row) => row.status !== 'absent').length,
    })),
    cancelledCount: summaries.filter((meeting) => meeting.status === 'cancelled').length,
    attendance: attendanceByOrganisation(held),
    decisions: held
      .filter((meeting) => meeting.decisions.length > 0)
      .map((meeting) => {
        const agenda = new Map(meeting.agenda.map((item) => [item.id, item]));
        const place = (agendaItemId: string) => agenda.get(agendaItemId)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
        return {
          meetingNumber: meeting.number,
          meetingDate: meeting.date,
          meetingTitle: meeting.title,
          decisions: [...meeting.decisions]
            .sort((a, b) => place(a.agendaItemId) - place(b.agendaItemId) || a.sortOrder - b.sortOrder)
            .map((decision) => ({
              section: agenda.get(decision.agendaItemId)?.sectionLabel ?? '',
              itemTitle: agenda.get(decision.agendaItemId)?.title ?? '',
              text: decision.text,
            })),
        };
      }),
    goals: goals
      .filter((goal) => !goal.archived)
      .map((goal) => ({
        name: goal.name,
        periodFrom: goal.periodFrom,
        periodTo: goal.periodTo,
        actions: goal.actions.map((action) => ({
          name: action.name,
          status: action.status,
          actors: action.actors.map((actor) => actor.name),
          scheduleFrom: action.scheduleFrom,
          scheduleTo: action.scheduleTo,
          scheduleText: pickLocalized(action.scheduleText, locale)?.text ?? null,
          indicator: pickLocalized(action.indicator, locale)?.text ?? null,
          openItems: action.actionItemCounts.open,
          doneItems: action.actionItemCounts.done,
        })),
      })),
    actionItems: {
      made: items.length,
      done: items.filter((item) => item.status === 'done').length,
      dropped: items.filter((item) => item.status === 'dropped').length,
      open: items.filter((item) => item.status === 'open').length,
      // as on the report's day, not on the meeting's (the meeting's own view judges by its date)
      overdue: items.filter((item) => item.status === 'open' && isOverdue(item, context.today)).length,
    },
    matrices: { approved: await approvalsIn(reader, year), accepted: await acceptancesIn(reader, year) },
  };
}

/** Per organisation: the held meetings where someone represented it, and the people present in all. */
function attendanceByOrganisation(meetings: readonly MeetingDetail[]): AnnualReportAttendance[] {
  const byActor = new Map<string, { name: string; meetings: Set<string>; persons: number }>();
  // meetings in date order: the name the organisation had at its latest meeting wins
  for (const meeting of meetings) {
    for (const row of meeting.attendance) {
      if (row.status === 'absent' || !row.actorId) continue;
      const entry = byActor.get(row.actorId) ?? { name: '', meetings: new Set<string>(), persons: 0 };
      entry.name = row.actorName ?? entry.name;
      entry.meetings.add(meeting.id);
      entry.persons += 1;
      byActor.set(row.actorId, entry);
    }
  }
  return [...byActor.values()]
    .map((entry) => ({ organisation: entry.name, meetings: entry.meetings.size, persons: entry.persons }))
    .sort((a, b) => b.meetings - a.meetings || compareFinnish(a.organisation, b.organisation));
}

const inYear = (date: string, year: number) => date.startsWith(`${year}-`);

/** A stored approval time is a date or an instant; the report counts it by its day in Helsinki. */
const approvalDay = (value: string) => (value.length > 10 ? calendarDateInHelsinki(new Date(value)) : value);

async function approvalsIn(context: ReadContext, year: number): Promise<AnnualReportApproval[]> {
  const rows = await context.db
    .selectFrom('matrix_version')
    .innerJoin('matrix', 'matrix.id', 'matrix_version.matrix_id')
    .select(['matrix_version.number', 'matrix_version.approved_at', 'matrix_version.approval_reference', 'matrix.name_fi', 'matrix.name_sv', 'matrix.name_en'])
    .where('matrix_version.approved_at', 'is not', null)
    .execute();
  return rows
    .map((row) => ({ row, day: approvalDay(row.approved_at!) }))
    .filter(({ day }) => inYear(day, year))
    .map(({ row, day }) => ({
      matrixName: pickLocalized(fromStoredLocalized(row, 'name'), context.locale)?.text ?? '',
      versionNumber: row.number,
      approvedOn: day,
      reference: row.approval_reference,
    }))
    .sort((a, b) => a.approvedOn.localeCompare(b.approvedOn) || compareFinnish(a.matrixName, b.matrixName));
}

async function acceptancesIn(context: ReadContext, year: number): Promise<AnnualReportAcceptance[]> {
  const rows = await context.db
    .selectFrom('matrix_acceptance')
    .innerJoin('matrix_version', 'matrix_version.id', 'matrix_acceptance.version_id')
    .innerJoin('matrix', 'matrix.id', 'matrix_version.matrix_id')
    .select([
      'matrix_acceptance.actor_id',
      'matrix_acceptance.accepted_on',
      'matrix_acceptance.body',
      'matrix_acceptance.section',
      'matrix_version.number',
      'matrix.name_fi',
      'matrix.name_sv',
      'matrix.name_en',
    ])
    .where('matrix_acceptance.accepted_on', '>=', `${year}-01-01`)
    .where('matrix_acceptance.accepted_on', '<=', `${year}-12-31`)
    .execute();
  const accepted: AnnualReportAcceptance[] = [];
  for (const row of rows) {
    // the organisation under the name it had when it accepted
    const actor = (await actorsOnDate(context.db, [row.actor_id], row.accepted_on, context.locale)).get(row.actor_id);
    accepted.push({
      matrixName: pickLocalized(fromStoredLocalized(row, 'name'), context.locale)?.text ?? '',
      versionNumber: row.number,
      organisation: actor?.name ?? '',
      acceptedOn: row.accepted_on,
      body: row.body,
      section: row.section,
    });
  }
  return accepted.sort((a, b) => a.acceptedOn.localeCompare(b.acceptedOn) || compareFinnish(a.matrixName, b.matrixName) || compareFinnish(a.organisation, b.organisation));
}

/** "Vuosiraportti-2026-Kanta-Hämeen-kotoutumisverkosto.docx" */
export function annualReportFileName(model: AnnualReportModel): string {
  return exportFileNameFor([annualReportTexts(model.locale).documentName(model.year), model.network.name], '.docx');
}
