import type { FileChild } from 'docx';
import type { Locale } from '../../i18n/locales.js';
import { displayDate } from '../display-date.js';
import { dataTable, heading, paragraphsOf, splitWidth } from '../word/docx-parts.js';
import { textWidth } from '../word/page-geometry.js';
import { chapterHeading, figuresTable } from './report-parts.js';
import type { AnnualReportModel } from './annual-report-model.js';
import type { AnnualReportTexts } from './annual-report-texts.js';

/** The year's figures first, then the meetings held, who came, and what was decided. */

export function summarySection(model: AnnualReportModel, texts: AnnualReportTexts): FileChild[] {
  const decisions = model.decisions.reduce((sum, meeting) => sum + meeting.decisions.length, 0);
  const rows: Array<[string, string]> = [
    [texts.meetingsHeld, String(model.meetings.length)],
    [texts.decisionCount, String(decisions)],
    [texts.actionItemsMade, String(model.actionItems.made)],
    [texts.matricesApproved, String(model.matrices.approved.length)],
    [texts.acceptancesRecorded, String(model.matrices.accepted.length)],
  ];
  if (model.cancelledCount > 0) rows.splice(1, 0, [texts.meetingsCancelled, String(model.cancelledCount)]);
  // the first chapter opens its page: no room above it
  return [heading(texts.summary, 1), figuresTable(rows)];
}

export function meetingsSection(model: AnnualReportModel, texts: AnnualReportTexts): FileChild[] {
  const { locale } = model;
  const out: FileChild[] = [chapterHeading(texts.meetings)];
  if (model.meetings.length === 0) return [...out, ...paragraphsOf(texts.noMeetings(model.year))];
  out.push(
    dataTable(
      [texts.number, texts.date, texts.title, texts.kind, texts.present],
      model.meetings.map((meeting) => [
        meeting.number,
        displayDate(meeting.date, locale),
        meeting.title,
        meeting.workingGroup ? `${texts.kinds[meeting.kind]}\n${meeting.workingGroup}` : texts.kinds[meeting.kind],
        String(meeting.present),
      ]),
      splitWidth(textWidth('portrait'), [11, locale === 'en' ? 20 : 15, 40, 22, 12]),
    ),
  );
  return out;
}

export function attendanceSection(model: AnnualReportModel, texts: AnnualReportTexts): FileChild[] {
  const out: FileChild[] = [chapterHeading(texts.attendance)];
  if (model.attendance.length === 0) return [...out, ...paragraphsOf(texts.noAttendance)];
  const held = model.meetings.length;
  out.push(...paragraphsOf(texts.attendanceIntro(model.year, held)));
  out.push(
    dataTable(
      [texts.organisation, texts.meetingsAttended, texts.persons],
      model.attendance.map((row) => [row.organisation, `${row.meetings} / ${held}`, String(row.persons)]),
      splitWidth(textWidth('portrait'), [62, 19, 19]),
    ),
  );
  return out;
}

export function decisionsSection(model: AnnualReportModel, texts: AnnualReportTexts): FileChild[] {
  const out: FileChild[] = [chapterHeading(texts.decisions)];
  if (model.decisions.length === 0) return [...out, ...paragraphsOf(texts.noDecisions)];
  const widths = splitWidth(textWidth('portrait'), [10, 30, 60]);
  for (const meeting of model.decisions) {
    out.push(heading(meetingLine(meeting.meetingNumber, meeting.meetingDate, meeting.meetingTitle, model.locale), 2));
    out.push(
      dataTable(
        [texts.section, texts.matter, texts.decision],
        meeting.decisions.map((decision) => [decision.section || texts.none, decision.itemTitle || texts.none, decision.text]),
        widths,
      ),
    );
  }
  return out;
}

/** "3/2026 · 12.6.2026 · Syksyn kokous" */
function meetingLine(number: string, date: string, title: string, locale: Locale): string {
  return [number, displayDate(date, locale), title].filter(Boolean).join(' · ');
}
