import type { Header } from 'docx';
import { displayDate } from '../display-date.js';
import { officialPageHeader } from '../word/official-page-header.js';
import type { PageKind } from '../word/page-geometry.js';
import type { DocumentTexts } from './document-texts.js';
import type { ProcessDocumentModel } from './process-document-model.js';

/** The official header of every page, naming the document ("Prosessikuvaus") and its date. */
export function pageHeader(model: ProcessDocumentModel, texts: DocumentTexts, kind: PageKind): Header {
  return officialPageHeader(
    {
      sender: model.template.organisationName ?? model.network.name,
      demoMark: model.network.isDemo ? texts.demoMark : null,
      documentName: texts.documentName,
      date: displayDate(model.date, model.locale),
      caseNumber: model.template.caseNumber ? `${texts.caseNumberShort} ${model.template.caseNumber}` : null,
      shares: [45, 35, 20],
    },
    kind,
  );
}
