import type { MeetingDetail } from '../../api/contract/meetings.js';
import { getMeetingDetail } from '../../domain/meetings/meeting-view.js';
import { readNetworkInfo } from '../../domain/network/network-info.js';
import { AppError, isAppError } from '../../domain/shared/app-error.js';
import type { ReadContext } from '../../domain/shared/contexts.js';
import { pickLocalized } from '../../domain/shared/localized-text.js';
import type { Locale } from '../../i18n/locales.js';
import { readDocumentTemplate } from '../document-settings.js';
import type { MeetingDocumentKind, MeetingDocumentModel } from './meeting-document-model.js';

/** The meeting whole, read in the export's language; an unknown id is the export's own error. */
export async function readMeetingForExport(context: ReadContext, meetingId: string, locale: Locale): Promise<MeetingDetail> {
  return getMeetingDetail({ ...context, locale }, meetingId).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') throw new AppError('export_meeting_not_found', { id: meetingId }, ['meetingId']);
    throw error;
  });
}

/** Reads what the agenda or the record shows (in the main thread: the data file stays there). */
export async function loadMeetingDocumentModel(context: ReadContext, kind: MeetingDocumentKind, meetingId: string, locale: Locale): Promise<MeetingDocumentModel> {
  const meeting = await readMeetingForExport(context, meetingId, locale);
  const info = await readNetworkInfo(context.db);
  return {
    kind,
    locale,
    network: { name: pickLocalized(info.name, locale)?.text ?? '', isDemo: info.isDemo },
    template: await readDocumentTemplate(context.db),
    meeting,
  };
}
