import type { ActorSummary, Representative } from '../../api/contract/actors.js';
import type { MatrixView } from '../../api/contract/matrices.js';
import type { ProcessDetail } from '../../api/contract/processes.js';
import type { SwimlaneModel } from '../../domain/processes/swimlane/swimlane-model.js';
import type { Locale } from '../../i18n/locales.js';
import type { DocumentTemplate } from '../document-settings.js';

/**
 * Everything the process description document shows, as plain JSON: the main thread loads it
 * from the network file, a worker turns it into a .docx. Texts are still in three languages;
 * the builder picks `locale` (with the usual fallback).
 */
export interface ProcessDocumentModel {
  locale: Locale;
  /** YYYY-MM-DD in Helsinki: the document's date */
  date: string;
  network: { name: string; isDemo: boolean };
  /** the organisation's own layout details from the network settings (all optional) */
  template: DocumentTemplate;
  processes: ProcessDocumentProcess[];
  /** the appendix: actors taking part in these processes, with their representatives */
  actors: ProcessDocumentActor[];
}

export interface ProcessDocumentProcess {
  detail: ProcessDetail;
  /** the chart's data (lanes, nodes, edges with labels in `locale`); null when the process has no steps */
  swimlane: SwimlaneModel | null;
  /** for each matrix made of this process, the version the document shows (approved, else the latest) */
  matrices: MatrixView[];
}

export interface ProcessDocumentActor {
  actor: ActorSummary;
  /** current representatives (archived ones left out) */
  representatives: Representative[];
}
