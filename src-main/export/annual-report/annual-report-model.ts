import type { GoalActionStatus } from '../../api/contract/action-plan.js';
import type { MeetingKind } from '../../api/contract/meetings.js';
import type { Locale } from '../../i18n/locales.js';
import type { DocumentTemplate } from '../document-settings.js';

/**
 * Everything the annual report (vuosiraportti) shows, as plain JSON: the main thread reads it from
 * the network file, a worker turns it into a .docx. Texts are already in `locale` (picked with the
 * usual fallback); dates are YYYY-MM-DD.
 */
export interface AnnualReportModel {
  locale: Locale;
  year: number;
  /** the report's date (Helsinki today): figures such as "overdue" are as on this day */
  date: string;
  network: { name: string; isDemo: boolean };
  template: DocumentTemplate;
  /** meetings of the year marked held (or their record approved), in date order */
  meetings: AnnualReportMeeting[];
  /** meetings of the year that were cancelled */
  cancelledCount: number;
  /** per organisation: at how many of the year's held meetings it was present */
  attendance: AnnualReportAttendance[];
  /** the decisions of each held meeting that made any */
  decisions: AnnualReportMeetingDecisions[];
  /** the action plan's goals that are not archived, in the plan's order */
  goals: AnnualReportGoal[];
  /** action items made at the year's held meetings, by their state on `date` */
  actionItems: { made: number; done: number; dropped: number; open: number; overdue: number };
  matrices: { approved: AnnualReportApproval[]; accepted: AnnualReportAcceptance[] };
}

export interface AnnualReportMeeting {
  /** "3/2026" */
  number: string;
  date: string;
  title: string;
  kind: MeetingKind;
  /** the working group's name; null for the whole network's meeting */
  workingGroup: string | null;
  /** people present in person, online or as a deputy */
  present: number;
}

export interface AnnualReportAttendance {
  organisation: string;
  /** held meetings of the year where someone represented it */
  meetings: number;
  /** people present, summed over those meetings */
  persons: number;
}

export interface AnnualReportMeetingDecisions {
  meetingNumber: string;
  meetingDate: string;
  meetingTitle: string;
  decisions: Array<{ section: string; itemTitle: string; text: string }>;
}

export interface AnnualReportGoal {
  name: string;
  periodFrom: string | null;
  periodTo: string | null;
  actions: AnnualReportGoalAction[];
}

export interface AnnualReportGoalAction {
  name: string;
  status: GoalActionStatus;
  actors: string[];
  scheduleFrom: string | null;
  scheduleTo: string | null;
  scheduleText: string | null;
  indicator: string | null;
  /** action items from meetings linked to the action */
  openItems: number;
  doneItems: number;
}

export interface AnnualReportApproval {
  matrixName: string;
  versionNumber: number;
  approvedOn: string;
  /** "Kotoutumisverkoston kokous 3/2026, 5 §" or what was written when it was approved elsewhere */
  reference: string | null;
}

export interface AnnualReportAcceptance {
  matrixName: string;
  versionNumber: number;
  organisation: string;
  acceptedOn: string;
  /** the accepting body and § as recorded */
  body: string | null;
  section: string | null;
}
