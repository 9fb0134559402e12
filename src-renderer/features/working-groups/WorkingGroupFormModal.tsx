import { NativeSelect, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { LocalizedText, RecordKind, WorkingGroupView } from '../../../src-main/api/contract/index';
import { RECORD_KINDS } from '../../../src-main/api/contract/meetings';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { FormFooter } from '../../components/FormFooter';
import { LanguageSwitchedTextareas } from '../../components/LanguageSwitchedTextareas';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { useI18n } from '../../i18n/use-i18n';
import { formText } from '../action-plan/localized-values';

const FIELDS = ['name', 'name.fi', 'name.sv', 'name.en', 'description.fi', 'description.sv', 'description.en', 'recordKindDefault'];

/** Create a working group, or rename it, describe it and choose the record its meetings keep. */
export function WorkingGroupFormModal({ group, onClose, onSaved }: { group?: WorkingGroupView; onClose: () => void; onSaved: (group: WorkingGroupView) => void }) {
  const { t, locale } = useI18n();
  const tw = t.workingGroups.form;
  const [name, setName] = useState<LocalizedText>(formText(group?.names));
  const [description, setDescription] = useState<LocalizedText>(formText(group?.description));
  const [language, setLanguage] = useState(locale);
  const [recordKind, setRecordKind] = useState<RecordKind | ''>(group?.recordKindDefault ?? '');
  const create = useContractSubmit({ method: 'workingGroups.create', fields: FIELDS, locale, onSaved, focusServerErrors: true });
  const update = useContractSubmit({ method: 'workingGroups.update', fields: FIELDS, locale, onSaved, focusServerErrors: true });
  const { errors, formError, saving } = group ? update : create;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const fields = { name, description, recordKindDefault: recordKind || null };
    return group ? update.submit(event, { id: group.id, expectedVersion: group.rowVersion, ...fields }) : create.submit(event, fields);
  };
  const title = group ? tw.editTitle : tw.createTitle;
  return (
    <AppModal opened onClose={onClose} title={title} size="xl">
      <form noValidate aria-label={title} onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          <LocalizedTextFields legend={tw.name} description={tw.nameDescription} path="name" labels={tw.nameLabels} value={name} onChange={setName} errors={errors} />
          <LanguageSwitchedTextareas
            legend={tw.description}
            fields={[{ key: 'description', label: tw.descriptionLabel, description: tw.descriptionHint }]}
            values={{ description }}
            onChange={(_key, value) => setDescription(value)}
            errors={errors}
            language={language}
            onLanguageChange={setLanguage}
          />
          <NativeSelect
            label={tw.recordKind}
            description={tw.recordKindDescription}
            value={recordKind}
            onChange={(event) => setRecordKind(event.currentTarget.value as RecordKind | '')}
            data={[{ value: '', label: tw.recordKindNetwork }, ...RECORD_KINDS.map((kind) => ({ value: kind, label: t.meetings.recordKinds[kind] }))]}
            error={errors.recordKindDefault}
            maw={420}
          />
          <FormFooter error={formError} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
