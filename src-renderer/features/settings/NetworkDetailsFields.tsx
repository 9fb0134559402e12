import { Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { LocalizedText, NetworkInfo } from '../../../src-main/api/contract/index';
import { errorMessage } from '../../../src-main/i18n/error-messages';
import { useContractSubmit } from '../../api/use-contract-submit';
import { useOpenFile, useSession } from '../../app/SessionContext';
import { FormFooter } from '../../components/FormFooter';
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
  const { errors, formError, saving, submit } = useContractSubmit({
    method: 'network.update',
    fields: FIELDS,
    locale,
    onSaved: async () => {
      await refreshFile();
      onReload();
      notify.success(t.settings.networkSaved);
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // A name in at least one language; the schema's refine now says the same, with the same message.
    const nameMissing = !name.fi?.trim() && !name.sv?.trim() && !name.en?.trim();
    return submit(event, { expectedVersion: network.rowVersion, name, region }, { extraErrors: nameMissing ? { name: errorMessage('name_required', locale) } : {} });
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
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
        <FormFooter error={formError} onReload={onReload} saving={saving} disabled={file.readOnly} />
      </Stack>
    </form>
  );
}
