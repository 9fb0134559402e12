import { Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { LocalizedText } from '../../../src-main/api/contract/index';
import { useContractSubmit } from '../../api/use-contract-submit';
import { FormFooter } from '../../components/FormFooter';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { AppModal } from '../../components/AppModal';
import { useI18n } from '../../i18n/use-i18n';
import { useFileActions } from './use-file-actions';

const FIELDS = ['networkName', 'networkName.fi', 'networkName.sv', 'networkName.en', 'region'];

export function NewNetworkModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { createNetwork } = useFileActions();
  const [name, setName] = useState<LocalizedText>({ fi: '', sv: '', en: '' });
  const [region, setRegion] = useState('');
  const { errors, formError, saving, submit } = useContractSubmit({
    method: 'files.new',
    fields: FIELDS,
    locale,
    // Creating opens the new file; null when the user cancelled the save dialog.
    send: createNetwork,
    onSaved: (created) => {
      if (created) onClose();
    },
  });

  return (
    <AppModal opened={opened} onClose={onClose} title={t.start.newFormTitle} size="xl">
      <form onSubmit={(event) => void submit(event, { networkName: name, region })} noValidate>
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
          <FormFooter error={formError} saving={saving} onCancel={onClose} submitLabel={t.start.create} />
        </Stack>
      </form>
    </AppModal>
  );
}
