import { Group, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { LocalizedText, NetworkGoalView } from '../../../src-main/api/contract/index';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { DateField } from '../../components/DateField';
import { FormFooter } from '../../components/FormFooter';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { useI18n } from '../../i18n/use-i18n';
import { LanguageSwitchedTextareas } from '../../components/LanguageSwitchedTextareas';
import { formText } from './localized-values';

const FIELDS = ['name', 'name.fi', 'name.sv', 'name.en', 'description.fi', 'description.sv', 'description.en', 'periodFrom', 'periodTo'];

/** A shared goal (yhteisen työn tavoite): its name, description and period. */
export function GoalFormModal({ goal, onClose, onSaved }: { goal?: NetworkGoalView; onClose: () => void; onSaved: (goal: NetworkGoalView) => void }) {
  const { t, locale } = useI18n();
  const tp = t.meetingRecord.actionPlan;
  const [name, setName] = useState<LocalizedText>(formText(goal?.names));
  const [description, setDescription] = useState<LocalizedText>(formText(goal?.description));
  const [language, setLanguage] = useState(locale);
  const [periodFrom, setPeriodFrom] = useState(goal?.periodFrom ?? '');
  const [periodTo, setPeriodTo] = useState(goal?.periodTo ?? '');
  const create = useContractSubmit({ method: 'goals.create', fields: FIELDS, locale, onSaved, focusServerErrors: true });
  const update = useContractSubmit({ method: 'goals.update', fields: FIELDS, locale, onSaved, focusServerErrors: true });
  const { errors, formError, saving } = goal ? update : create;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const fields = { name, description, periodFrom: periodFrom || null, periodTo: periodTo || null };
    return goal ? update.submit(event, { id: goal.id, expectedVersion: goal.rowVersion, ...fields }) : create.submit(event, fields);
  };
  const title = goal ? tp.goalTitleEdit : tp.goalTitleNew;
  return (
    <AppModal opened onClose={onClose} title={title} size="xl">
      <form noValidate aria-label={title} onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          <LocalizedTextFields legend={tp.goalName} path="name" labels={tp.goalNameLabels} value={name} onChange={setName} errors={errors} />
          <LanguageSwitchedTextareas
            legend={tp.goalDescription}
            fields={[{ key: 'description', label: tp.goalDescription }]}
            values={{ description }}
            onChange={(_key, value) => setDescription(value)}
            errors={errors}
            language={language}
            onLanguageChange={setLanguage}
          />
          <Group align="flex-start">
            <DateField label={tp.periodFrom} value={periodFrom} onChange={setPeriodFrom} error={errors.periodFrom} />
            <DateField label={tp.periodTo} value={periodTo} onChange={setPeriodTo} error={errors.periodTo} />
          </Group>
          <FormFooter error={formError} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
