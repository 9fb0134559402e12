import { Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { LegalAct, LocalizedText } from '../../../src-main/api/contract/index';
import { LOCALES } from '../../../src-main/i18n/locales';
import { useContractSubmit } from '../../api/use-contract-submit';
import { DateField } from '../../components/DateField';
import { FormFooter } from '../../components/FormFooter';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { useI18n } from '../../i18n/use-i18n';
import { emptyText, plainText } from './localized';

const FIELDS = ['number', 'name', ...LOCALES.map((language) => `name.${language}`), 'inForceFrom', 'repealedOn', 'replacedByActId'];

/** A new act the network cites: number/year, name, and for a repealed act its repeal and successor. */
export function LegalActForm({ acts, onSaved, onCancel }: { acts: LegalAct[]; onSaved: (act: LegalAct) => void; onCancel: () => void }) {
  const { t, locale } = useI18n();
  const text = t.processes.legal;
  const [number, setNumber] = useState('');
  const [name, setName] = useState<LocalizedText>(emptyText);
  const [inForceFrom, setInForceFrom] = useState('');
  const [repealedOn, setRepealedOn] = useState('');
  const [replacedByActId, setReplacedByActId] = useState('');
  const first = useRef<HTMLInputElement>(null);
  const { errors, formError, saving, submit } = useContractSubmit({ method: 'legalActs.create', fields: FIELDS, locale, onSaved, focusServerErrors: true });

  // The form replaces the citation form in the same dialog: the keyboard starts on its first field.
  useEffect(() => first.current?.focus(), []);

  return (
    <form
      onSubmit={(event) =>
        void submit(event, { number, name, inForceFrom: inForceFrom || null, repealedOn: repealedOn || null, replacedByActId: replacedByActId || null })
      }
      noValidate
      aria-label={text.newActTitle}
    >
      <Stack gap="md">
        <Text size="sm">{text.newActDescription}</Text>
        <TextInput ref={first} label={text.actNumber} description={text.actNumberDescription} withAsterisk value={number} onChange={(event) => setNumber(event.currentTarget.value)} error={errors.number} w={260} name="number" />
        <LocalizedTextFields
          legend={text.actName}
          path="name"
          labels={{ fi: text.actNameFi, sv: text.actNameSv, en: text.actNameEn }}
          value={name}
          onChange={setName}
          errors={errors}
        />
        <Group align="flex-start" gap="md">
          <DateField label={text.inForceFrom} description={text.optional} value={inForceFrom} onChange={setInForceFrom} error={errors.inForceFrom} />
          <DateField label={text.repealedOn} description={text.optional} value={repealedOn} onChange={setRepealedOn} error={errors.repealedOn} />
        </Group>
        <NativeSelect
          label={text.replacedByAct}
          value={replacedByActId}
          onChange={(event) => setReplacedByActId(event.currentTarget.value)}
          data={[{ value: '', label: text.noReplacement }, ...acts.map((act) => ({ value: act.id, label: `${act.number} ${plainText(act.name, locale)}` }))]}
          error={errors.replacedByActId}
        />
        <FormFooter error={formError} saving={saving} onCancel={onCancel} submitLabel={text.saveAct} />
      </Stack>
    </form>
  );
}
