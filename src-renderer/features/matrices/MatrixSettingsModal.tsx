import { Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { LocalizedText, MatrixView } from '../../../src-main/api/contract/index';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { FormFooter } from '../../components/FormFooter';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { useI18n } from '../../i18n/use-i18n';

interface Props {
  view: MatrixView;
  onClose: () => void;
  onSaved: () => void;
  onReload: () => void;
}

/** A number field's value as the schema should see it: an emptied field is "missing", not zero. */
export const asCount = (value: string | number) => (typeof value === 'number' ? value : value.trim() === '' ? undefined : Number(value));

/** Rename a matrix or change the limits its C and I checks use. */
export function MatrixSettingsModal({ view, onClose, onSaved, onReload }: Props) {
  const { t, locale } = useI18n();
  const tm = t.matrices;
  const [name, setName] = useState<LocalizedText>(view.matrix.name);
  const [maxConsulted, setMaxConsulted] = useState<string | number>(view.matrix.thresholds.maxConsulted);
  const [maxInformed, setMaxInformed] = useState<string | number>(view.matrix.thresholds.maxInformed);
  const { errors, formError, saving, submit } = useContractSubmit({
    method: 'matrices.update',
    fields: ['name', 'name.fi', 'name.sv', 'name.en', 'thresholds.maxConsulted', 'thresholds.maxInformed'],
    locale,
    onSaved,
    focusServerErrors: true,
  });
  const thresholds = { maxConsulted: asCount(maxConsulted) as number, maxInformed: asCount(maxInformed) as number };
  return (
    <AppModal opened onClose={onClose} title={tm.settings.title} size="xl">
      <form noValidate aria-label={tm.settings.title} onSubmit={(event) => void submit(event, { id: view.matrix.id, expectedVersion: view.matrix.rowVersion, name, thresholds })}>
        <Stack gap="md">
          <LocalizedTextFields legend={tm.create.name} path="name" labels={tm.create.nameLabels} value={name} onChange={setName} errors={errors} />
          <ThresholdFields
            maxConsulted={maxConsulted}
            maxInformed={maxInformed}
            onMaxConsulted={setMaxConsulted}
            onMaxInformed={setMaxInformed}
            errors={errors}
          />
          <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}

interface ThresholdProps {
  maxConsulted: string | number;
  maxInformed: string | number;
  onMaxConsulted: (value: string | number) => void;
  onMaxInformed: (value: string | number) => void;
  errors: Record<string, string>;
}

export function ThresholdFields({ maxConsulted, maxInformed, onMaxConsulted, onMaxInformed, errors }: ThresholdProps) {
  const { t } = useI18n();
  const tc = t.matrices.create;
  return (
    <Stack gap={4} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={600} size="sm" p={0}>
        {tc.thresholds}
      </Text>
      <Text size="sm" c="dimmed">
        {tc.thresholdsDescription}
      </Text>
      <Group align="flex-start" gap="md">
        <NumberInput
          label={tc.maxConsulted}
          min={0}
          max={1000}
          allowDecimal={false}
          allowNegative={false}
          value={maxConsulted}
          onChange={onMaxConsulted}
          error={errors['thresholds.maxConsulted'] ?? errors.thresholds}
          w={280}
        />
        <NumberInput
          label={tc.maxInformed}
          min={0}
          max={1000}
          allowDecimal={false}
          allowNegative={false}
          value={maxInformed}
          onChange={onMaxInformed}
          error={errors['thresholds.maxInformed']}
          w={280}
        />
      </Group>
    </Stack>
  );
}
