import { Stack } from '@mantine/core';
import { useState } from 'react';
import type { InputOf, LocalizedText, ResultOf } from '../../../src-main/api/contract/index';
import { LOCALES, type Locale } from '../../../src-main/i18n/locales';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { FormFooter } from '../../components/FormFooter';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { useI18n } from '../../i18n/use-i18n';
import { emptyText, orEmpty } from './localized';

/** The methods whose whole input is a name plus ids: groups of the map and target groups. */
type NameMethod = 'processGroups.create' | 'processGroups.update' | 'targetGroups.create' | 'targetGroups.update';

interface Props<M extends NameMethod> {
  method: M;
  /** the rest of the input: ids and expected version */
  target: Omit<InputOf<M>, 'name'>;
  title: string;
  legend: string;
  hint: string;
  labels: Record<Locale, string>;
  initial?: LocalizedText;
  onClose: () => void;
  onSaved: (result: ResultOf<M>, name: LocalizedText) => void;
  onReload?: () => void;
}

const FIELDS = ['name', ...LOCALES.map((language) => `name.${language}`)];

/** Adds or renames something that is only a name in three languages. */
export function NameFormModal<M extends NameMethod>({ method, target, title, legend, hint, labels, initial, onClose, onSaved, onReload }: Props<M>) {
  const { locale } = useI18n();
  const [name, setName] = useState<LocalizedText>(() => (initial ? orEmpty(initial) : emptyText()));
  const { errors, formError, saving, submit } = useContractSubmit({
    method,
    fields: FIELDS,
    locale,
    onSaved: (result) => onSaved(result, name),
    focusServerErrors: true,
  });

  return (
    <AppModal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={(event) => void submit(event, { ...target, name } as InputOf<M>)} noValidate aria-label={title}>
        <Stack gap="md">
          <LocalizedTextFields legend={legend} description={hint} path="name" labels={labels} value={name} onChange={setName} errors={errors} />
          <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
