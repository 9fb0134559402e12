import type { documentTemplateContract } from '../contract/document-template.js';
import { readDocumentTemplate, writeDocumentTemplate } from '../../export/document-settings.js';
import type { HandlersFor } from './handler-context.js';

export const documentTemplateHandlers: HandlersFor<typeof documentTemplateContract> = {
  'documentTemplate.get': (_input, context) => readDocumentTemplate(context.db),
  'documentTemplate.update': (changes, context) => writeDocumentTemplate(context, changes),
};
