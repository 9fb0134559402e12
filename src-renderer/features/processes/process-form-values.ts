import type { InputOf, LocalizedText, ProcessDetail } from '../../../src-main/api/contract/index';
import { LOCALES } from '../../../src-main/i18n/locales';
import { emptyText, orEmpty } from './localized';

/** The process card's long texts, in the order the card and the form show them (JHS 152). */
export const PROCESS_TEXT_KEYS = ['purpose', 'startEvent', 'endEvent', 'inputs', 'outputs', 'timeLimits', 'indicators', 'informationSystems', 'notes'] as const;
export type ProcessTextKey = (typeof PROCESS_TEXT_KEYS)[number];

export interface ProcessFormValues {
  name: LocalizedText;
  groupId: string;
  ownerActorId: string;
  texts: Record<ProcessTextKey, LocalizedText>;
}

export function emptyProcessForm(groupId = ''): ProcessFormValues {
  return {
    name: emptyText(),
    groupId,
    ownerActorId: '',
    texts: Object.fromEntries(PROCESS_TEXT_KEYS.map((key) => [key, emptyText()])) as Record<ProcessTextKey, LocalizedText>,
  };
}

export function processFormFromDetail(process: ProcessDetail): ProcessFormValues {
  return {
    name: orEmpty(process.name),
    groupId: process.groupId ?? '',
    ownerActorId: process.ownerActorId ?? '',
    texts: Object.fromEntries(PROCESS_TEXT_KEYS.map((key) => [key, orEmpty(process[key])])) as Record<ProcessTextKey, LocalizedText>,
  };
}

/** The form as the contract's fields: '' for "no group / no owner" is null. */
export function processInputFromForm(values: ProcessFormValues): InputOf<'processes.create'> {
  return { name: values.name, groupId: values.groupId || null, ownerActorId: values.ownerActorId || null, ...values.texts };
}

export const PROCESS_FORM_FIELDS = [
  'name',
  ...LOCALES.map((language) => `name.${language}`),
  'groupId',
  'ownerActorId',
  ...PROCESS_TEXT_KEYS.flatMap((key) => LOCALES.map((language) => `${key}.${language}`)),
];
