import { NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ProcessDetail, ProcessGroup } from '../../../src-main/api/contract/index';
import type { Locale } from '../../../src-main/i18n/locales';
import { useApiQuery } from '../../api/use-api-query';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { FormFooter } from '../../components/FormFooter';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { useI18n } from '../../i18n/use-i18n';
import { LanguageSwitchedTextareas, type LongTextField } from '../../components/LanguageSwitchedTextareas';
import { plainText } from './localized';
import {
  emptyProcessForm,
  PROCESS_FORM_FIELDS,
  PROCESS_TEXT_KEYS,
  processFormFromDetail,
  processInputFromForm,
  type ProcessFormValues,
  type ProcessTextKey,
} from './process-form-values';
import { useActorOptions } from './use-actor-options';

interface Props {
  onClose: () => void;
  /** the process whose card is edited; without it a new process is created (name, group, owner) */
  process?: ProcessDetail;
  /** the map's groups when the caller has them; otherwise the modal loads them */
  groups?: ProcessGroup[];
  /** the group a new process starts in */
  defaultGroupId?: string;
  onSaved: (process: ProcessDetail) => void;
  onReload?: () => void;
}

/** A new process (name, group, owner), or the whole process card of an existing one. */
export function ProcessFormModal({ onClose, process, groups, defaultGroupId, onSaved, onReload }: Props) {
  const { t, locale } = useI18n();
  const text = t.processes.card;
  const loadedMap = useApiQuery('processes.map', groups ? null : { lang: locale });
  const groupList = groups ?? loadedMap.data?.groups ?? [];
  const [values, setValues] = useState<ProcessFormValues>(() => (process ? processFormFromDetail(process) : emptyProcessForm(defaultGroupId)));
  const [language, setLanguage] = useState<Locale>(locale);
  const owners = useActorOptions(values.ownerActorId, process?.ownerName);
  const set = <K extends keyof ProcessFormValues>(key: K, value: ProcessFormValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const { errors, formError, saving, submit } = useContractSubmit({
    method: process ? 'processes.update' : 'processes.create',
    fields: PROCESS_FORM_FIELDS,
    locale,
    onSaved,
    focusServerErrors: true,
  });
  const title = process ? text.edit : text.newTitle;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const fields = processInputFromForm(values);
    return process ? submit(event, { ...fields, id: process.id, expectedVersion: process.rowVersion }) : submit(event, fields);
  };

  const descriptions: Partial<Record<ProcessTextKey, string>> = {
    purpose: text.purposeDescription,
    startEvent: text.startEventDescription,
    endEvent: text.endEventDescription,
    inputs: text.inputsDescription,
    outputs: text.outputsDescription,
    timeLimits: text.timeLimitsDescription,
    indicators: text.indicatorsDescription,
    informationSystems: text.informationSystemsDescription,
  };
  const longFields: Array<LongTextField<ProcessTextKey>> = PROCESS_TEXT_KEYS.map((key) => ({ key, label: text[key], description: descriptions[key] }));

  return (
    <AppModal opened onClose={onClose} title={title} size={process ? 'xl' : 'lg'}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={title}>
        <Stack gap="md">
          <LocalizedTextFields
            legend={text.name}
            description={text.nameHint}
            path="name"
            labels={{ fi: text.nameFi, sv: text.nameSv, en: text.nameEn }}
            value={values.name}
            onChange={(name) => set('name', name)}
            errors={errors}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={text.group}
              value={values.groupId}
              onChange={(event) => set('groupId', event.currentTarget.value)}
              data={[{ value: '', label: text.noGroup }, ...groupList.map((group) => ({ value: group.id, label: plainText(group.name, locale) }))]}
              error={errors.groupId}
            />
            <NativeSelect
              label={text.owner}
              description={text.ownerDescription}
              value={values.ownerActorId}
              onChange={(event) => set('ownerActorId', event.currentTarget.value)}
              data={[{ value: '', label: text.noOwner }, ...owners.options]}
              error={errors.ownerActorId}
            />
          </SimpleGrid>
          {process && (
            <LanguageSwitchedTextareas
              legend={text.texts}
              fields={longFields}
              values={values.texts}
              onChange={(key, value) => set('texts', { ...values.texts, [key]: value })}
              errors={errors}
              language={language}
              onLanguageChange={setLanguage}
            />
          )}
          <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
