import type { MeetingDetail } from '../../api/contract/meetings.js';
import type { Locale } from '../../i18n/locales.js';
import type { DocumentTemplate } from '../document-settings.js';

/** The agenda (esityslista) or the record: a memo (muistio) or minutes (pöytäkirja), as the meeting keeps. */
export type MeetingDocumentKind = 'agenda' | 'record';

/**
 * Everything a meeting's agenda or record shows, as plain JSON: the main thread loads it from
 * the network file, the export worker turns it into a .docx. User texts are still in three
 * languages where the meeting view keeps them so; the builder picks `locale` with the usual fallback.
 */
export interface MeetingDocumentModel {
  kind: MeetingDocumentKind;
  locale: Locale;
  network: { name: string; isDemo: boolean };
  /** the organisation's own layout details from the network settings (all optional) */
  template: DocumentTemplate;
  meeting: MeetingDetail;
}
