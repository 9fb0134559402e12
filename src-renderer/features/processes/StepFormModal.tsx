import { Checkbox, Group, NativeSelect, NumberInput, Radio, SimpleGrid, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ProcessDetail, ProcessNode } from '../../../src-main/api/contract/index';
import type { Locale } from '../../../src-main/i18n/locales';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { FormFooter } from '../../components/FormFooter';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { useI18n } from '../../i18n/use-i18n';
import { LanguageSwitchedTextareas, type LongTextField } from '../../components/LanguageSwitchedTextareas';
import { plainText } from './localized';
import { emptyStepForm, STEP_FORM_FIELDS, STEP_TEXT_KEYS, stepFieldsFromForm, stepFormFromNode, type StepFormValues, type StepTextKey } from './step-form-values';
import { useActorOptions } from './use-actor-options';

interface Props {
  process: ProcessDetail;
  /** the step to edit; without it a new step is added after `afterNodeId` */
  node?: ProcessNode;
  afterNodeId?: string;
  onClose: () => void;
  onSaved: (process: ProcessDetail, name: string) => void;
  onReload: () => void;
}

/** Where a new step goes by default: after the last node that is not the end. */
export function defaultAfterNodeId(process: ProcessDetail): string {
  const candidates = process.nodes.filter((node) => node.kind !== 'end');
  return candidates[candidates.length - 1]?.id ?? '';
}

/** Adds a step or decision point into the flow, or edits one: every field of a step. */
export function StepFormModal({ process, node, afterNodeId, onClose, onSaved, onReload }: Props) {
  const { t, locale, format } = useI18n();
  const text = t.processes.stepForm;
  const [values, setValues] = useState<StepFormValues>(() => (node ? stepFormFromNode(node) : emptyStepForm()));
  const [after, setAfter] = useState(afterNodeId ?? defaultAfterNodeId(process));
  const [language, setLanguage] = useState<Locale>(locale);
  const performers = useActorOptions(values.performerActorId, node?.performerName);
  const set = <K extends keyof StepFormValues>(key: K, value: StepFormValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const { errors, formError, saving, submit } = useContractSubmit({
    method: node ? 'processNodes.update' : 'processNodes.create',
    fields: STEP_FORM_FIELDS,
    locale,
    onSaved: (result) => onSaved(result, plainText(values.name, locale)),
    focusServerErrors: true,
  });
  const title = node ? text.editTitle : text.newTitle;
  // A start or an end keeps its kind; a new node may also be another end (a branch that stops).
  const canChangeKind = !node || node.kind === 'step' || node.kind === 'decision';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const fields = stepFieldsFromForm(values);
    return node
      ? submit(event, { id: node.id, expectedVersion: node.rowVersion, fields })
      : submit(event, { processId: process.id, afterNodeId: after || null, fields });
  };

  const longFields: Array<LongTextField<StepTextKey>> = STEP_TEXT_KEYS.map((key) => ({
    key,
    label: text[key],
    description: key === 'timeLimitText' ? text.timeLimitTextDescription : undefined,
    short: key === 'timeLimitText',
  }));

  return (
    <AppModal opened onClose={onClose} title={title} size="xl">
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={title}>
        <Stack gap="md">
          {canChangeKind && (
            <Radio.Group label={text.kind} value={values.kind} onChange={(kind) => set('kind', kind === 'decision' || kind === 'end' ? kind : 'step')} error={errors['fields.kind']}>
              <Group gap="lg" mt={4}>
                <Radio value="step" label={text.kindStep} />
                <Radio value="decision" label={text.kindDecision} />
                {!node && <Radio value="end" label={text.kindEnd} />}
              </Group>
            </Radio.Group>
          )}
          <LocalizedTextFields
            legend={text.name}
            description={text.nameHint}
            path="fields.name"
            labels={{ fi: text.nameFi, sv: text.nameSv, en: text.nameEn }}
            value={values.name}
            onChange={(name) => set('name', name)}
            errors={errors}
          />
          {!node && (
            <NativeSelect
              label={text.after}
              description={text.afterDescription}
              value={after}
              onChange={(event) => setAfter(event.currentTarget.value)}
              data={process.nodes
                .filter((candidate) => candidate.kind !== 'end')
                .map((candidate) => ({ value: candidate.id, label: format(text.afterOption, { name: plainText(candidate.name, locale) || t.processes.kinds[candidate.kind] }) }))}
              error={errors.afterNodeId}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={text.performer}
              description={text.performerDescription}
              value={values.performerActorId}
              onChange={(event) => set('performerActorId', event.currentTarget.value)}
              data={[{ value: '', label: text.noPerformer }, ...performers.options]}
              error={errors['fields.performerActorId']}
            />
            <NativeSelect
              label={text.targetGroup}
              description={text.targetGroupDescription}
              value={values.targetGroupId}
              onChange={(event) => set('targetGroupId', event.currentTarget.value)}
              data={[{ value: '', label: text.allTargetGroups }, ...process.targetGroups.map((group) => ({ value: group.id, label: plainText(group.name, locale) }))]}
              error={errors['fields.targetGroupId']}
            />
          </SimpleGrid>
          <Checkbox
            label={text.statutory}
            description={text.statutoryDescription}
            checked={values.statutory}
            onChange={(event) => set('statutory', event.currentTarget.checked)}
            error={errors['fields.statutory']}
          />
          <NumberInput
            label={text.timeLimitDays}
            description={text.timeLimitDaysDescription}
            value={values.timeLimitDays}
            onChange={(days) => set('timeLimitDays', days)}
            min={0}
            max={3650}
            allowDecimal={false}
            allowNegative={false}
            error={errors['fields.timeLimitDays']}
            w={260}
            name="fields.timeLimitDays"
          />
          <LanguageSwitchedTextareas
            legend={t.processes.card.texts}
            fields={longFields}
            values={values.texts}
            onChange={(key, value) => set('texts', { ...values.texts, [key]: value })}
            errors={errors}
            language={language}
            onLanguageChange={setLanguage}
            pathPrefix="fields."
          />
          <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
