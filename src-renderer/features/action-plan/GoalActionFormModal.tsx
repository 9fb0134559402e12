import { Group, MultiSelect, NativeSelect, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { GoalActionStatus, GoalActionView, LocalizedText, NetworkGoalView } from '../../../src-main/api/contract/index';
import { GOAL_ACTION_STATUSES } from '../../../src-main/api/contract/action-plan';
import { useApiQuery } from '../../api/use-api-query';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { DateField } from '../../components/DateField';
import { FormFooter } from '../../components/FormFooter';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { useI18n } from '../../i18n/use-i18n';
import { LanguageSwitchedTextareas } from '../../components/LanguageSwitchedTextareas';
import { formText } from './localized-values';

const LONG = ['description', 'scheduleText', 'indicator'] as const;
const FIELDS = ['name', 'name.fi', 'name.sv', 'name.en', 'scheduleFrom', 'scheduleTo', 'status', 'actorIds', ...LONG.flatMap((key) => ['fi', 'sv', 'en'].map((language) => `${key}.${language}`))];

interface Props {
  goal: NetworkGoalView;
  action?: GoalActionView;
  onClose: () => void;
  onSaved: (goal: NetworkGoalView) => void;
}

/** An action (toimenpide) of a goal: what, who, when (dates and/or in words), the indicator and status. */
export function GoalActionFormModal({ goal, action, onClose, onSaved }: Props) {
  const { t, locale, format } = useI18n();
  const tp = t.meetingRecord.actionPlan;
  const [name, setName] = useState<LocalizedText>(formText(action?.names));
  const [texts, setTexts] = useState<Record<(typeof LONG)[number], LocalizedText>>({
    description: formText(action?.description),
    scheduleText: formText(action?.scheduleText),
    indicator: formText(action?.indicator),
  });
  const [language, setLanguage] = useState(locale);
  const [scheduleFrom, setScheduleFrom] = useState(action?.scheduleFrom ?? '');
  const [scheduleTo, setScheduleTo] = useState(action?.scheduleTo ?? '');
  const [status, setStatus] = useState<GoalActionStatus>(action?.status ?? 'planned');
  const [actorIds, setActorIds] = useState<string[]>(action?.actors.map((actor) => actor.id) ?? []);
  const actors = useApiQuery('actors.list', { lang: locale, includeArchived: true });
  const actorOptions = (actors.data ?? []).filter((actor) => !actor.archived || actorIds.includes(actor.id)).map((actor) => ({ value: actor.id, label: actor.name }));
  for (const chosen of action?.actors ?? []) if (!actorOptions.some((option) => option.value === chosen.id)) actorOptions.push({ value: chosen.id, label: chosen.name });

  const create = useContractSubmit({ method: 'goalActions.create', fields: FIELDS, locale, onSaved, focusServerErrors: true });
  const update = useContractSubmit({ method: 'goalActions.update', fields: FIELDS, locale, onSaved, focusServerErrors: true });
  const { errors, formError, saving } = action ? update : create;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const fields = { name, ...texts, scheduleFrom: scheduleFrom || null, scheduleTo: scheduleTo || null, status, actorIds };
    return action ? update.submit(event, { id: action.id, expectedVersion: action.rowVersion, ...fields }) : create.submit(event, { goalId: goal.id, ...fields });
  };
  const title = action ? tp.actionTitleEdit : tp.actionTitleNew;
  return (
    <AppModal opened onClose={onClose} title={title} size="xl">
      <form noValidate aria-label={title} onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">{format(tp.forGoal, { name: goal.name })}</Text>
          <LocalizedTextFields legend={tp.actionName} path="name" labels={tp.actionNameLabels} value={name} onChange={setName} errors={errors} />
          <MultiSelect
            label={tp.actors}
            description={tp.actorsDescription}
            searchable
            data={actorOptions}
            value={actorIds}
            onChange={setActorIds}
            error={errors.actorIds}
            maw={720}
            comboboxProps={{ withinPortal: true }}
            hidePickedOptions
          />
          <Group align="flex-start">
            <DateField label={tp.scheduleFrom} value={scheduleFrom} onChange={setScheduleFrom} error={errors.scheduleFrom} />
            <DateField label={tp.scheduleTo} value={scheduleTo} onChange={setScheduleTo} error={errors.scheduleTo} />
            <NativeSelect
              label={tp.status}
              value={status}
              onChange={(event) => setStatus(event.currentTarget.value as GoalActionStatus)}
              data={GOAL_ACTION_STATUSES.map((value) => ({ value, label: tp.statuses[value] }))}
              error={errors.status}
              w={200}
            />
          </Group>
          <LanguageSwitchedTextareas
            legend={tp.actionTexts}
            fields={[
              { key: 'description', label: tp.actionDescription },
              { key: 'scheduleText', label: tp.scheduleText, description: tp.scheduleTextDescription, short: true },
              { key: 'indicator', label: tp.indicator },
            ]}
            values={texts}
            onChange={(key, value) => setTexts((previous) => ({ ...previous, [key]: value }))}
            errors={errors}
            language={language}
            onLanguageChange={setLanguage}
          />
          <FormFooter error={formError} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
