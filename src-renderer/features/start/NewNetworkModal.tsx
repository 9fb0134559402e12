import { Button, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../../src-main/api/contract/api-error';
import type { LocalizedText } from '../../../src-main/api/contract/index';
import { contract } from '../../../src-main/api/contract/index';
import { type FieldErrors, splitServerError, validate } from '../../api/errors';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { focusFirstInvalid } from '../../components/focus-first-invalid';
import { AppModal } from '../../components/AppModal';
import { useI18n } from '../../i18n/use-i18n';
import { useFileActions } from './use-file-actions';

const FIELDS = ['networkName', 'networkName.fi', 'networkName.sv', 'networkName.en', 'region'];

export function NewNetworkModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { createNetwork } = useFileActions();
  const [name, setName] = useState<LocalizedText>({ fi: '', sv: '', en: '' });
  const [region, setRegion] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const input = { networkName: name, region };
    const checked = validate(contract['files.new'].input, input, locale);
    setFormError(null);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const created = await createNetwork(input);
      if (created) onClose();
    } catch (error) {
      const split = splitServerError(error, FIELDS, locale);
      setErrors(split.fieldErrors);
      setFormError(split.formError);
    } finally {
      setSaving(false);
    }
  };

  return (
    <AppModal opened={opened} onClose={onClose} title={t.start.newFormTitle} size="xl">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <LocalizedTextFields
            legend={t.start.networkName}
            description={t.start.networkNameHint}
            path="networkName"
            labels={{ fi: t.start.networkNameFi, sv: t.start.networkNameSv, en: t.start.networkNameEn }}
            value={name}
            onChange={setName}
            errors={errors}
          />
          <TextInput
            label={t.start.region}
            description={t.start.regionDescription}
            value={region}
            onChange={(event) => setRegion(event.currentTarget.value)}
            error={errors.region}
          />
          <FormErrorAlert error={formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={saving}>
              {t.start.create}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
