import { Button, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../../src-main/api/contract/api-error';
import { contract, type LocalizedText, type NetworkInfo } from '../../../src-main/api/contract/index';
import { errorMessage } from '../../../src-main/i18n/error-messages';
import { call } from '../../api/api';
import { type FieldErrors, splitServerError, validate } from '../../api/errors';
import { useOpenFile, useSession } from '../../app/SessionContext';
import { focusFirstInvalid } from '../../components/focus-first-invalid';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';

const FIELDS = ['name', 'name.fi', 'name.sv', 'name.en', 'region'];

/** The form inside the network section; remounted from fresh data after a save or a reload. */
export function NetworkDetailsFields({ network, onReload }: { network: NetworkInfo; onReload: () => void }) {
  const { t, locale } = useI18n();
  const { refreshFile } = useSession();
  const file = useOpenFile();
  const notify = useNotify();
  const [name, setName] = useState<LocalizedText>({ fi: network.name.fi ?? '', sv: network.name.sv ?? '', en: network.name.en ?? '' });
  const [region, setRegion] = useState(network.region ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const input = { expectedVersion: network.rowVersion, name, region };
    const checked = validate(contract['network.update'].input, input, locale);
    const nameMissing = !name.fi?.trim() && !name.sv?.trim() && !name.en?.trim();
    setFormError(null);
    if (!checked.ok || nameMissing) {
      setErrors({ ...(checked.ok ? {} : checked.errors), ...(nameMissing ? { name: errorMessage('name_required', locale) } : {}) });
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await call('network.update', input);
      await refreshFile();
      onReload();
      notify.success(t.settings.networkSaved);
    } catch (error) {
      const split = splitServerError(error, FIELDS, locale);
      setErrors(split.fieldErrors);
      setFormError(split.formError);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <LocalizedTextFields
          legend={t.start.networkName}
          description={t.start.networkNameHint}
          path="name"
          labels={{ fi: t.start.networkNameFi, sv: t.start.networkNameSv, en: t.start.networkNameEn }}
          value={name}
          onChange={setName}
          errors={errors}
          disabled={file.readOnly}
        />
        <TextInput label={t.start.region} value={region} onChange={(event) => setRegion(event.currentTarget.value)} error={errors.region} maw={420} disabled={file.readOnly} />
        <FormErrorAlert error={formError} onReload={onReload} />
        <Group>
          <Button type="submit" loading={saving} disabled={file.readOnly}>
            {t.common.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
