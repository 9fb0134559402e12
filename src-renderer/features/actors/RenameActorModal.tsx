import { Button, Group, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../../src-main/api/contract/api-error';
import { type ActorDetail, contract, type LocalizedText } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { type FieldErrors, splitServerError, validate } from '../../api/errors';
import { DateField } from '../../components/DateField';
import { focusFirstInvalid } from '../../components/focus-first-invalid';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { AppModal } from '../../components/AppModal';
import { useI18n } from '../../i18n/use-i18n';

const FIELDS = ['validFrom', 'name', 'name.fi', 'name.sv', 'name.en', 'shortName.fi', 'shortName.sv', 'shortName.en'];
const copy = (text: LocalizedText): LocalizedText => ({ fi: text.fi ?? '', sv: text.sv ?? '', en: text.en ?? '' });

/** "Uusi nimi alkaen…": the new name holds from a date on, the old one stays valid before it. */
export function RenameActorModal({ actor, onClose, onSaved, onReload }: { actor: ActorDetail; onClose: () => void; onSaved: () => void; onReload: () => void }) {
  const { t, locale } = useI18n();
  const [validFrom, setValidFrom] = useState('');
  const [name, setName] = useState(() => copy(actor.name));
  const [shortName, setShortName] = useState(() => copy(actor.shortName));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const input = { id: actor.id, expectedVersion: actor.rowVersion, validFrom, name, shortName };
    const checked = validate(contract['actors.rename'].input, { ...input, validFrom: validFrom || undefined }, locale);
    setFormError(null);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await call('actors.rename', input);
      onSaved();
    } catch (error) {
      const split = splitServerError(error, FIELDS, locale);
      setErrors(split.fieldErrors);
      setFormError(split.formError);
    } finally {
      setSaving(false);
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t.actor.renameTitle} size="xl">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <Text size="sm">{t.actor.renameDescription}</Text>
          <DateField label={t.actor.renameFrom} withAsterisk value={validFrom} onChange={setValidFrom} error={errors.validFrom} />
          <LocalizedTextFields
            legend={t.actor.name}
            description={t.actor.nameHint}
            path="name"
            labels={{ fi: t.actor.nameFi, sv: t.actor.nameSv, en: t.actor.nameEn }}
            value={name}
            onChange={setName}
            errors={errors}
          />
          <LocalizedTextFields
            legend={t.actor.shortName}
            path="shortName"
            labels={{ fi: t.actor.shortNameFi, sv: t.actor.shortNameSv, en: t.actor.shortNameEn }}
            value={shortName}
            onChange={setShortName}
            errors={errors}
          />
          <FormErrorAlert error={formError} onReload={onReload} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={saving}>
              {t.common.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
