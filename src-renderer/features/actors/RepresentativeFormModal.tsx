import { Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { Representative } from '../../../src-main/api/contract/index';
import { NETWORK_ROLE_CODES, type NetworkRole } from '../../api/codes';
import { useContractSubmit } from '../../api/use-contract-submit';
import { DateField } from '../../components/DateField';
import { FormFooter } from '../../components/FormFooter';
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
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const { errors, formError, saving, submit } = useContractSubmit({
    method: representative ? 'representatives.update' : 'representatives.create',
    fields: FIELDS,
    locale,
    onSaved,
    focusServerErrors: true,
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const fields = { ...values, validFrom: values.validFrom || null, validTo: values.validTo || null };
    return representative ? submit(event, { ...fields, id: representative.id, expectedVersion: representative.rowVersion }) : submit(event, { ...fields, actorId });
  };

  const title = representative ? t.representative.editTitle : t.representative.newTitle;
  return (
    <AppModal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={title}>
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
          <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
