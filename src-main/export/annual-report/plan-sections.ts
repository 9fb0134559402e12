import type { FileChild } from 'docx';
import type { Locale } from '../../i18n/locales.js';
import { displayDate } from '../display-date.js';
import { dataTable, heading, paragraphsOf, splitWidth } from '../word/docx-parts.js';
import { textWidth } from '../word/page-geometry.js';
import { chapterHeading, figuresTable } from './report-parts.js';
import type { AnnualReportGoalAction, AnnualReportModel } from './annual-report-model.js';
import type { AnnualReportTexts } from './annual-report-texts.js';

/** What the network works towards and how far it got: the action plan, action items, matrices, pilots. */

export function actionPlanSection(model: AnnualReportModel, texts: AnnualReportTexts): FileChild[] {
  const { locale } = model;
  const out: FileChild[] = [chapterHeading(texts.actionPlan)];
  if (model.goals.length === 0) return [...out, ...paragraphsOf(texts.noGoals)];
  const widths = splitWidth(textWidth('portrait'), [30, 22, 18, 14, 16]);
  for (const goal of model.goals) {
    out.push(heading(goal.name, 2));
    const period = periodText(goal.periodFrom, goal.periodTo, locale);
    if (period) out.push(...paragraphsOf(`${texts.period}: ${period}`));
    if (goal.actions.length === 0) {
      out.push(...paragraphsOf(texts.noActions));
      continue;
    }
    out.push(
      dataTable(
        [texts.action, texts.actors, texts.schedule, texts.status, texts.linkedItems],
        goal.actions.map((action) => [
          action.indicator ? `${action.name}\n${texts.indicator}: ${action.indicator}` : action.name,
          action.actors.join('\n') || texts.none,
          scheduleText(action, locale) || texts.none,
          texts.actionStatuses[action.status],
          `${action.openItems} / ${action.doneItems}`,
        ]),
        widths,
      ),
    );
  }
  return out;
}

export function actionItemsSection(model: AnnualReportModel, texts: AnnualReportTexts): FileChild[] {
  const counts = model.actionItems;
  return [
    chapterHeading(texts.actionItems),
    ...paragraphsOf(texts.actionItemsIntro(model.year, displayDate(model.date, model.locale))),
    figuresTable([
      [texts.made, String(counts.made)],
      [texts.done, String(counts.done)],
      [texts.dropped, String(counts.dropped)],
      [texts.open, String(counts.open)],
      [texts.overdue, String(counts.overdue)],
    ]),
  ];
}

export function matricesSection(model: AnnualReportModel, texts: AnnualReportTexts): FileChild[] {
  const { locale } = model;
  const width = textWidth('portrait');
  const date = (value: string) => displayDate(value, locale);
  const out: FileChild[] = [chapterHeading(texts.matrices), heading(texts.approvedVersions, 2)];
  if (model.matrices.approved.length === 0) out.push(...paragraphsOf(texts.noApprovals(model.year)));
  else
    out.push(
      dataTable(
        [texts.matrix, texts.version, texts.approvedOn, texts.reference],
        model.matrices.approved.map((row) => [row.matrixName, String(row.versionNumber), date(row.approvedOn), row.reference ?? texts.none]),
        splitWidth(width, [36, 10, 18, 36]),
      ),
    );
  out.push(heading(texts.acceptances, 2));
  if (model.matrices.accepted.length === 0) out.push(...paragraphsOf(texts.noAcceptances(model.year)));
  else
    out.push(
      dataTable(
        [texts.matrix, texts.version, texts.organisation, texts.acceptedOn, texts.body],
        model.matrices.accepted.map((row) => [
          row.matrixName,
          String(row.versionNumber),
          row.organisation,
          date(row.acceptedOn),
          [row.body, row.section].filter(Boolean).join(', ') || texts.none,
        ]),
        splitWidth(width, [27, 10, 25, 16, 22]),
      ),
    );
  return out;
}

/** Issue 6 brings pilots; until then the section says they are not recorded here. */
export function pilotsSection(_model: AnnualReportModel, texts: AnnualReportTexts): FileChild[] {
  return [chapterHeading(texts.pilots), ...paragraphsOf(texts.noPilots)];
}

function periodText(from: string | null, to: string | null, locale: Locale): string {
  if (!from && !to) return '';
  return `${from ? displayDate(from, locale) : ''}–${to ? displayDate(to, locale) : ''}`;
}

function scheduleText(action: AnnualReportGoalAction, locale: Locale): string {
  return [periodText(action.scheduleFrom, action.scheduleTo, locale), action.scheduleText ?? ''].filter(Boolean).join('\n');
}
