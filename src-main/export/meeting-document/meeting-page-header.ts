import type { Header } from 'docx';
import { displayDate } from '../display-date.js';
import { officialPageHeader } from '../word/official-page-header.js';
import { documentKindName } from './meeting-docx-parts.js';
import type { MeetingDocumentModel } from './meeting-document-model.js';
import type { MeetingDocumentTexts } from './meeting-document-texts.js';

/** The official header of every page, naming the document's kind and number ("MUISTIO 3/2026") and the meeting's date. */
export function meetingPageHeader(model: MeetingDocumentModel, texts: MeetingDocumentTexts): Header {
  const { meeting } = model;
  const caseNumber = meeting.caseNumber ?? model.template.caseNumber;
  return officialPageHeader(
    {
      sender: model.template.organisationName ?? model.network.name,
      demoMark: model.network.isDemo ? texts.demoMark : null,
      documentName: `${documentKindName(model, texts).toUpperCase()} ${meeting.number}`,
      date: displayDate(meeting.date, model.locale),
      caseNumber: caseNumber ? `${texts.caseNumberShort} ${caseNumber}` : null,
      // the kind and number take more room than "Prosessikuvaus", and a meeting's case number is often long
      shares: [38, 32, 30],
    },
    'portrait',
  );
}
