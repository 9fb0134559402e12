import type { z } from 'zod';
import { actionPlanContract } from './action-plan.js';
import { actorsContract } from './actors.js';
import { backupsContract } from './backups.js';
import { documentsContract } from './documents.js';
import { documentTemplateContract } from './document-template.js';
import { historyContract } from './history.js';
import { matricesContract } from './matrices.js';
import { meetingDocumentsContract } from './meeting-documents.js';
import { meetingsContract } from './meetings.js';
import { privacyContract } from './privacy.js';
import { processesContract } from './processes.js';
import type { MethodSpec } from './define.js';
import { sessionContract } from './session.js';

/** The whole API: every method the renderer, the browser host and the command line may call. */
export const contract = {
  ...sessionContract,
  ...actorsContract,
  ...processesContract,
  ...matricesContract,
  ...documentsContract,
  ...documentTemplateContract,
  ...meetingsContract,
  ...actionPlanContract,
  ...meetingDocumentsContract,
  ...backupsContract,
  ...historyContract,
  ...privacyContract,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Contract[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

export type { LocalizedText } from './common.js';
export type * from './actors.js';
export type * from './session.js';
export type * from './processes.js';
export type * from './matrices.js';
export type * from './documents.js';
export type * from './document-template.js';
export type * from './meetings.js';
export type * from './action-plan.js';
export type * from './backups.js';
export type * from './history.js';
export type * from './privacy.js';
