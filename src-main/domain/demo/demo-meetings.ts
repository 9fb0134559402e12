import type { MeetingDetail } from '../../api/contract/meetings.js';
import { createGoalAction } from '../action-plan/goal-action-commands.js';
import { createGoal } from '../action-plan/goal-commands.js';
import { closeActionItem, createActionItem } from '../meetings/action-item-commands.js';
import { carryOverAgendaItem, createAgendaItem, setAgendaItemNotDiscussed, updateAgendaItem } from '../meetings/agenda-commands.js';
import { setAttendance } from '../meetings/attendance-commands.js';
import { applyDecision } from '../meetings/decision-apply.js';
import { createDecision } from '../meetings/decision-commands.js';
import { createMeeting, markMeetingInvited, setMeetingStatus } from '../meetings/meeting-commands.js';
import { getMeetingDetail } from '../meetings/meeting-view.js';
import type { WriteContext } from '../shared/contexts.js';
import { atHelsinki, daysAfter } from './demo-clock.js';
import { DEMO_GOALS, DEMO_MEETINGS, type DemoAgendaItem, type DemoMeeting } from './demo-meeting-content.js';

/**
 * The demo network's year of meetings and its action plan, written through the commands users run:
 * each meeting planned three weeks before, invited ten days before, held on its day with attendance,
 * discussion, decisions and action items, its record approved by the next meeting. The 2025 meeting
 * approves the matrix's version 1 by a decision (the matrix story calls `holdApprovalMeeting` while
 * the version is in review); the next meeting is planned with version 2 on its agenda.
 */

const fi = (text: string) => ({ fi: text, sv: null, en: null });

export interface DemoMeetingSubjects {
  mainProcessId: string;
  approvedVersionId?: string;
  reviewVersionId?: string;
}

export class DemoMeetings {
  private readonly goalActionIds: string[][] = [];
  private readonly held: Array<{ meeting: MeetingDetail; undiscussed: Map<string, string> }> = [];

  private constructor(
    private readonly context: WriteContext,
    private readonly actorIds: ReadonlyMap<string, string>,
    private readonly representatives: ReadonlyMap<string, Array<{ id: string; role: string }>>,
  ) {}

  /** Reads who represents whom, and writes the action plan (its actions are linked from meetings). */
  static async start(context: WriteContext, actorIds: ReadonlyMap<string, string>): Promise<DemoMeetings> {
    const rows = await context.db.selectFrom('representative').select(['id', 'actor_id', 'network_role']).orderBy('created_at').orderBy('id').execute();
    const representatives = new Map<string, Array<{ id: string; role: string }>>();
    for (const row of rows) representatives.set(row.actor_id, [...(representatives.get(row.actor_id) ?? []), { id: row.id, role: row.network_role }]);
    const demo = new DemoMeetings(context, actorIds, representatives);
    await demo.writeActionPlan();
    return demo;
  }

  /** The 2025 meeting whose decision approves the matrix's version 1 (in review when called). */
  async holdApprovalMeeting(subjects: DemoMeetingSubjects): Promise<void> {
    await this.hold(DEMO_MEETINGS.find((meeting) => typeof meeting.date === 'string')!, subjects);
  }

  /**
   * The meetings placed relative to the demo's today. One that would fall before the 2025 meeting
   * (a demo made before autumn 2026) is left out, so the numbers of a year follow the dates.
   */
  async holdTheYear(subjects: DemoMeetingSubjects): Promise<void> {
    const fixed = DEMO_MEETINGS.find((meeting) => typeof meeting.date === 'string')!.date as string;
    for (const meeting of DEMO_MEETINGS) {
      if (typeof meeting.date === 'string') continue;
      if (daysAfter(this.context.today, meeting.date) <= fixed) continue;
      await this.hold(meeting, subjects);
    }
    // Each record is approved at the next meeting held after it.
    for (let index = 0; index + 1 < this.held.length; index += 1) {
      const { meeting } = this.held[index]!;
      const next = this.held[index + 1]!.meeting;
      const current = await getMeetingDetail(this.context, meeting.id);
      await setMeetingStatus(atHelsinki(this.context, next.endsAt), {
        meetingId: meeting.id,
        expectedVersion: current.rowVersion,
        status: 'record_approved',
        recordApprovedOn: next.date,
        recordApprovedByMeetingId: next.id,
      });
    }
  }

  private async hold(content: DemoMeeting, subjects: DemoMeetingSubjects): Promise<void> {
    const date = typeof content.date === 'string' ? content.date : daysAfter(this.context.today, content.date);
    const planner = this.chairAndSecretary(date);
    const planned = atHelsinki(this.context, `${daysAfter(date, -21)}T10:00`);
    let meeting = await createMeeting(planned, {
      kind: 'network_meeting',
      title: fi(content.title),
      startsAt: `${date}T${content.start}`,
      endsAt: `${date}T${content.end}`,
      place: content.place,
      onlineLink: content.onlineLink ?? null,
      chairId: planner.chair,
      secretaryId: planner.secretary,
      caseNumber: null,
    });
    const itemIds: string[] = [];
    for (const item of content.items) {
      const carried = this.undiscussedItemTitled(item.title);
      meeting = carried
        ? await carryOverAgendaItem(planned, carried, meeting.id)
        : await createAgendaItem(planned, {
            meetingId: meeting.id,
            afterItemId: null,
            title: fi(item.title),
            presenterId: this.firstRepresentative(item.presenter),
            presenterText: null,
            durationMinutes: item.minutes,
            background: item.background ? fi(item.background) : undefined,
            proposal: item.proposal ? fi(item.proposal) : undefined,
            processId: item.subject === 'main_process' ? subjects.mainProcessId : null,
            matrixVersionId: this.versionOf(item, subjects),
          });
      itemIds.push(this.newestRegularItem(meeting, itemIds));
    }
    if (!content.held) {
      if (daysAfter(date, -10) <= this.context.today) {
        await markMeetingInvited(atHelsinki(this.context, `${daysAfter(date, -10)}T09:00`), meeting.id, meeting.rowVersion);
      }
      return;
    }
    meeting = await markMeetingInvited(atHelsinki(this.context, `${daysAfter(date, -10)}T09:00`), meeting.id, meeting.rowVersion);

    const day = atHelsinki(this.context, `${date}T${content.end}`);
    meeting = await this.recordAttendance(day, meeting, content.absent);
    meeting = await setMeetingStatus(day, { meetingId: meeting.id, expectedVersion: meeting.rowVersion, status: 'held', recordApprovedOn: null });
    const undiscussed = new Map<string, string>();
    for (const [index, item] of content.items.entries()) {
      meeting = await this.recordItem(day, meeting, itemIds[index]!, item, content.approvesMatrixAtItem === index);
      if (item.notDiscussed) undiscussed.set(item.title, itemIds[index]!);
    }
    for (const action of content.actionItems) {
      meeting = await createActionItem(day, meeting.id, null, {
        title: fi(action.title),
        ownerActorId: this.actorIds.get(action.owner) ?? null,
        ownerRepresentativeId: this.firstRepresentative(action.owner),
        dueDate: daysAfter(date, action.dueAfterDays),
        goalActionId: action.goalAction ? this.goalActionIds[action.goalAction[0]]![action.goalAction[1]]! : null,
      });
      const closedOn = action.closedAfterDays === undefined ? null : daysAfter(date, action.closedAfterDays);
      if (closedOn && closedOn <= this.context.today) {
        const made = meeting.actionItems.find((candidate) => candidate.title === action.title)!;
        await closeActionItem(atHelsinki(this.context, `${closedOn}T12:00`), made.id, made.rowVersion, {
          status: 'done',
          closedOn,
          closingNote: action.closingNote ?? null,
        });
      }
    }
    this.held.push({ meeting, undiscussed });
  }

  private async recordItem(day: WriteContext, meeting: MeetingDetail, itemId: string, item: DemoAgendaItem, approves: boolean): Promise<MeetingDetail> {
    let current = meeting.agenda.find((candidate) => candidate.id === itemId)!;
    if (item.notDiscussed) return setAgendaItemNotDiscussed(day, itemId, current.rowVersion, true);
    if (item.discussion) {
      meeting = await updateAgendaItem(day, {
        itemId,
        expectedVersion: current.rowVersion,
        title: current.titles,
        presenterText: current.presenterText,
        discussion: fi(item.discussion),
      });
      current = meeting.agenda.find((candidate) => candidate.id === itemId)!;
    }
    if (!item.decision) return meeting;
    meeting = await createDecision(day, {
      agendaItemId: itemId,
      kind: approves ? 'approve_matrix_version' : 'general',
      text: fi(item.decision),
      matrixVersionId: approves ? current.matrixVersion!.id : null,
    });
    if (!approves) return meeting;
    const decision = meeting.decisions.find((candidate) => candidate.agendaItemId === itemId)!;
    return applyDecision(day, decision.id, decision.rowVersion);
  }

  /** Members and coordinators present but for the absent organisations; deputies and experts are not marked. */
  private async recordAttendance(day: WriteContext, meeting: MeetingDetail, absentKeys: readonly string[]): Promise<MeetingDetail> {
    const absent = new Set(absentKeys.map((key) => this.actorIds.get(key)));
    for (const invitee of meeting.invitees) {
      const role = this.representatives.get(invitee.actorId)?.find((candidate) => candidate.id === invitee.representativeId)?.role;
      if (invitee.inactive || (role !== 'member' && role !== 'coordinator')) continue;
      meeting = await setAttendance(day, {
        meetingId: meeting.id,
        representativeId: invitee.representativeId,
        status: absent.has(invitee.actorId) ? 'absent' : 'present',
        participation: meeting.onlineLink && invitee.name.length % 3 === 0 ? 'online' : 'in_person',
        guestName: null,
        note: null,
      });
    }
    return meeting;
  }

  private async writeActionPlan(): Promise<void> {
    const written = atHelsinki(this.context, '2025-09-01T10:00');
    for (const goal of DEMO_GOALS) {
      let view = await createGoal(written, { name: fi(goal.name), description: fi(goal.description), periodFrom: '2025-09-01', periodTo: '2027-12-31' });
      for (const action of goal.actions) {
        view = await createGoalAction(written, view.id, {
          name: fi(action.name),
          scheduleText: fi(action.schedule),
          indicator: fi(action.indicator),
          status: action.status,
          actorIds: action.actors.map((key) => this.actorIds.get(key)!),
        });
      }
      this.goalActionIds.push(view.actions.map((action) => action.id));
    }
  }

  /** The coordinating organisation chairs: Hämeen ELY-keskus until 2025, Sisä-Suomen elinvoimakeskus from 2026. */
  private chairAndSecretary(date: string): { chair: string | null; secretary: string | null } {
    if (date < '2026-01-01') return { chair: this.firstRepresentative('ely-hame'), secretary: this.firstRepresentative('kunta-Hämeenlinna') };
    const coordinator = this.representatives.get(this.actorIds.get('elinvoima-sisa-suomi')!) ?? [];
    return { chair: coordinator[0]?.id ?? null, secretary: coordinator[1]?.id ?? coordinator[0]?.id ?? null };
  }

  private firstRepresentative(actorKey: string | undefined): string | null {
    if (!actorKey) return null;
    return this.representatives.get(this.actorIds.get(actorKey) ?? '')?.[0]?.id ?? null;
  }

  private versionOf(item: DemoAgendaItem, subjects: DemoMeetingSubjects): string | null {
    if (item.subject === 'approved_matrix_version') return subjects.approvedVersionId ?? null;
    if (item.subject === 'review_matrix_version') return subjects.reviewVersionId ?? null;
    return null;
  }

  private undiscussedItemTitled(title: string): string | null {
    for (const { undiscussed } of this.held) {
      const id = undiscussed.get(title);
      if (id) {
        undiscussed.delete(title);
        return id;
      }
    }
    return null;
  }

  /** The regular item added last (not one of the standard items, not one already taken). */
  private newestRegularItem(meeting: MeetingDetail, taken: readonly string[]): string {
    const candidates = meeting.agenda.filter((item) => item.kind === 'regular' && !taken.includes(item.id));
    return candidates[candidates.length - 1]!.id;
  }
}
