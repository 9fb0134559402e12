import type { FileChild } from 'docx';
import type { MatrixView } from '../../api/contract/matrices.js';
import { calendarDateInHelsinki } from '../../domain/shared/calendar.js';
import { compareFinnish } from '../../domain/shared/finnish-text.js';
import type { Locale } from '../../i18n/locales.js';
import { displayDate } from '../display-date.js';
import type { DocumentTexts } from './document-texts.js';
import { dataTable, heading, keyValueTable, paragraphsOf, pick, splitWidth } from '../word/docx-parts.js';
import { textWidth } from '../word/page-geometry.js';

/**
 * How the version was handled: sent to the members, their review, the approval, and each member
 * organisation's own acceptance (a network meeting cannot bind its members): who accepted, when,
 * by which body, in which § and under which case number.
 */
export function reviewRecord(view: MatrixView, texts: DocumentTexts, locale: Locale, withMatrixName: boolean): FileChild[] {
  const width = textWidth('portrait');
  const date = (value: string | null) => (value ? displayDate(value.length > 10 ? calendarDateInHelsinki(new Date(value)) : value, locale) : texts.none);
  const { version } = view;
  const title = withMatrixName ? `${texts.reviewRecord}: ${pick(view.matrix.name, locale) ?? ''}` : texts.reviewRecord;
  const out: FileChild[] = [heading(title, 2)];
  const rows: Array<[string, string]> = [
    [texts.matrix, texts.matrixVersion(version.number, texts.versionStatuses[version.status])],
    [texts.sentToReview, date(version.sentToReviewAt)],
    [texts.reviewDeadline, date(version.reviewDeadline)],
    [texts.approvedAt, date(version.approvedAt)],
    [texts.approvedBy, version.approvedBy ?? texts.none],
    [texts.approvalReference, version.approvalReference ?? texts.none],
  ];
  out.push(keyValueTable(rows, width, 0.35));

  out.push(heading(texts.reviewProgress, 3));
  if (view.reviewProgress.length === 0) out.push(...paragraphsOf(texts.noReviews));
  else {
    const progress = [...view.reviewProgress].sort((a, b) => compareFinnish(a.actorName, b.actorName));
    out.push(
      dataTable(
        [texts.member, texts.tasksToReview, texts.agreed, texts.commented, texts.openComments],
        progress.map((row) => [row.actorName, String(row.tasksToReview), String(row.agreed), String(row.commented), String(row.openComments)]),
        splitWidth(width, [40, 15, 15, 15, 15]),
      ),
    );
  }

  out.push(heading(texts.acceptances, 3));
  if (view.acceptances.length === 0) out.push(...paragraphsOf(texts.noAcceptances));
  else {
    const acceptances = [...view.acceptances].sort((a, b) => a.acceptedOn.localeCompare(b.acceptedOn) || compareFinnish(a.actorName, b.actorName));
    out.push(
      dataTable(
        [texts.member, texts.acceptedBy, texts.acceptedOn, texts.body, texts.section, texts.caseNumber],
        acceptances.map((row) => [
          row.actorName,
          row.acceptedByName,
          date(row.acceptedOn),
          row.body ?? texts.none,
          row.section ?? texts.none,
          row.caseNumber ?? texts.none,
        ]),
        splitWidth(width, [22, 19, 15, 18, 7, 19]),
      ),
    );
  }
  return out;
}
