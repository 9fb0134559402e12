import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../../src-main/api/contract/api-error';
import { contract, type Representative } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { NETWORK_ROLE_CODES, type NetworkRole } from '../../api/codes';
import { type FieldErrors, splitServerError, validate } from '../../api/errors';
import { DateField } from '../../components/DateField';
import { focusFirstInvalid } from '../../components/focus-first-invalid';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { AppModal } from '../../components/AppModal';
import { useI18n } from '../../i18n/use-i18n';

interface Values {
  name: string;
  title: string;
  email: string;
  phone: string;
  networkRole: NetworkRole;
  validFrom: string;
  validTo: string;
}

const FIELDS = ['name', 'title', 'email', 'phone', 'networkRole', 'validFrom', 'validTo'];

function initialValues(representative: Representative | undefined): Values {
  return {
    name: representative?.name ?? '',
    title: representative?.title ?? '',
    email: representative?.email ?? '',
    phone: representative?.phone ?? '',
    networkRole: representative?.networkRole ?? 'member',
    validFrom: representative?.validFrom ?? '',
    validTo: representative?.validTo ?? '',
  };
}

interface Props {
  actorId: string;
  /** the representative to edit; without it a new one is added */
  representative?: Representative;
  onClose: () => void;
  onSaved: (representative: Representative) => void;
  onReload: () => void;
}

export function RepresentativeFormModal({ actorId, representative, onClose, onSaved, onReload }: Props) {
  const { t, locale } = useI18n();
  const [values, setValues] = useState(() => initialValues(representative));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((previous) => ({ ...previous, [key]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = { ...values, validFrom: values.validFrom || null, validTo: values.validTo || null };
    const checked = representative
      ? validate(contract['representatives.update'].input, { ...fields, id: representative.id, expectedVersion: representative.rowVersion }, locale)
      : validate(contract['representatives.create'].input, { ...fields, actorId }, locale);
    setFormError(null);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = representative
        ? await call('representatives.update', { ...fields, id: representative.id, expectedVersion: representative.rowVersion })
        : await call('representatives.create', { ...fields, actorId });
      onSaved(saved);
    } catch (error) {
      const split = splitServerError(error, FIELDS, locale);
      setErrors(split.fieldErrors);
      setFormError(split.formError);
      if (Object.keys(split.fieldErrors).length > 0) focusFirstInvalid(form);
    } finally {
      setSaving(false);
    }
  };

  const title = representative ? t.representative.editTitle : t.representative.newTitle;
  return (
    <AppModal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
        <Stack>
          <TextInput label={t.representative.name} withAsterisk value={values.name} onChange={(event) => set('name', event.currentTarget.value)} error={errors.name} autoComplete="off" />
          <TextInput label={t.representative.title} value={values.title} onChange={(event) => set('title', event.currentTarget.value)} error={errors.title} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t.representative.email} type="email" value={values.email} onChange={(event) => set('email', event.currentTarget.value)} error={errors.email} autoComplete="off" />
            <TextInput label={t.representative.phone} type="tel" value={values.phone} onChange={(event) => set('phone', event.currentTarget.value)} error={errors.phone} autoComplete="off" />
          </SimpleGrid>
          <NativeSelect
            label={t.representative.role}
            value={values.networkRole}
            onChange={(event) => set('networkRole', event.currentTarget.value as NetworkRole)}
            data={NETWORK_ROLE_CODES.map((code) => ({ value: code, label: t.roles[code] }))}
            error={errors.networkRole}
            maw={320}
          />
          <Group align="flex-start" gap="md">
            <DateField label={t.representative.validFrom} value={values.validFrom} onChange={(value) => set('validFrom', value)} error={errors.validFrom} />
            <DateField label={t.representative.validTo} value={values.validTo} onChange={(value) => set('validTo', value)} error={errors.validTo} />
          </Group>
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
