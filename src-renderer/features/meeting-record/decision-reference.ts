import type { AgendaItemView, MeetingDetail } from '../../../src-main/api/contract/index';
import { formatTemplate } from '../../../src-main/i18n/locales';
import type { Dictionary } from '../../i18n/fi';

/** "3/2026, 5 §": the meeting and § a decision was made under (the item's title while it has no number). */
export function decisionReference(t: Dictionary, meeting: Pick<MeetingDetail, 'number'>, item: Pick<AgendaItemView, 'sectionLabel' | 'title'> | undefined): string {
  const td = t.meetingRecord.decisions;
  if (!item) return meeting.number;
  return item.sectionLabel
    ? formatTemplate(td.reference, { number: meeting.number, section: item.sectionLabel })
    : formatTemplate(td.referenceNoSection, { number: meeting.number, title: item.title });
}
