import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ActorDetail, LocalizedText } from '../../../src-main/api/contract/index';
import { useContractSubmit } from '../../api/use-contract-submit';
import { DateField } from '../../components/DateField';
import { FormFooter } from '../../components/FormFooter';
import { AppModal } from '../../components/AppModal';
import { useI18n } from '../../i18n/use-i18n';
import { ActorNameFields } from './ActorNameFields';

const FIELDS = ['validFrom', 'name', 'name.fi', 'name.sv', 'name.en', 'shortName.fi', 'shortName.sv', 'shortName.en'];
const copy = (text: LocalizedText): LocalizedText => ({ fi: text.fi ?? '', sv: text.sv ?? '', en: text.en ?? '' });

/** "Uusi nimi alkaen…": the new name holds from a date on, the old one stays valid before it. */
export function RenameActorModal({ actor, onClose, onSaved, onReload }: { actor: ActorDetail; onClose: () => void; onSaved: () => void; onReload: () => void }) {
  const { t, locale } = useI18n();
  const [validFrom, setValidFrom] = useState('');
  const [name, setName] = useState(() => copy(actor.name));
  const [shortName, setShortName] = useState(() => copy(actor.shortName));
  const { errors, formError, saving, submit } = useContractSubmit({ method: 'actors.rename', fields: FIELDS, locale, onSaved: () => onSaved() });

  return (
    <AppModal opened onClose={onClose} title={t.actor.renameTitle} size="xl">
      <form
        onSubmit={(event) => {
          // An empty date is missing to the schema ("required"), not a malformed one.
          const input = { id: actor.id, expectedVersion: actor.rowVersion, validFrom, name, shortName };
          void submit(event, input, { validateAs: { ...input, validFrom: validFrom || undefined } });
        }}
        noValidate
      >
        <Stack>
          <Text size="sm">{t.actor.renameDescription}</Text>
          <DateField label={t.actor.renameFrom} withAsterisk value={validFrom} onChange={setValidFrom} error={errors.validFrom} />
          <ActorNameFields name={name} shortName={shortName} onNameChange={setName} onShortNameChange={setShortName} errors={errors} />
          <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
