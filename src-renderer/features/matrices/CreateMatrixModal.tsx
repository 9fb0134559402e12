import { MultiSelect, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { LocalizedText, MatrixView } from '../../../src-main/api/contract/index';
import { DEFAULT_THRESHOLDS } from '../../../src-main/domain/matrices/matrix-checks';
import type { FieldErrors } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { FormFooter } from '../../components/FormFooter';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { useI18n } from '../../i18n/use-i18n';
import { asCount, ThresholdFields } from './MatrixSettingsModal';

const FIELDS = ['name', 'name.fi', 'name.sv', 'name.en', 'processId', 'actorIds', 'thresholds.maxConsulted', 'thresholds.maxInformed'];

/** A new matrix: rows from a process's steps (columns from its performers), or a free matrix. */
export function CreateMatrixModal({ onClose, onSaved }: { onClose: () => void; onSaved: (view: MatrixView) => void }) {
  const { t, locale } = useI18n();
  const tc = t.matrices.create;
  const [name, setName] = useState<LocalizedText>({ fi: '', sv: '', en: '' });
  const [source, setSource] = useState<'process' | 'free'>('process');
  const [processId, setProcessId] = useState('');
  const [actorIds, setActorIds] = useState<string[]>([]);
  const [maxConsulted, setMaxConsulted] = useState<string | number>(DEFAULT_THRESHOLDS.maxConsulted);
  const [maxInformed, setMaxInformed] = useState<string | number>(DEFAULT_THRESHOLDS.maxInformed);
  const processes = useApiQuery('processes.map', { lang: locale });
  const actors = useApiQuery('actors.list', source === 'free' ? { lang: locale } : null);
  const { errors, formError, saving, submit } = useContractSubmit({ method: 'matrices.create', fields: FIELDS, locale, onSaved, focusServerErrors: true });
  const processList = (processes.data?.processes ?? []).filter((process) => !process.archived);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const thresholds = { maxConsulted: asCount(maxConsulted) as number, maxInformed: asCount(maxInformed) as number };
    const input = source === 'process' ? { name, processId: processId || null, thresholds } : { name, processId: null, actorIds, thresholds };
    const extraErrors: FieldErrors = source === 'process' && !processId ? { processId: tc.processRequired } : {};
    return submit(event, input, { extraErrors });
  };

  return (
    <AppModal opened onClose={onClose} title={tc.title} size="xl">
      <form noValidate aria-label={tc.title} onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          <LocalizedTextFields legend={tc.name} path="name" labels={tc.nameLabels} value={name} onChange={setName} errors={errors} />
          <Radio.Group label={tc.source} value={source} onChange={(value) => setSource(value === 'free' ? 'free' : 'process')}>
            <Stack gap="xs" mt={6}>
              <Radio value="process" label={tc.fromProcess} description={tc.fromProcessDescription} />
              <Radio value="free" label={tc.free} description={tc.freeDescription} />
            </Stack>
          </Radio.Group>
          {source === 'process' ? (
            processes.data && processList.length === 0 ? (
              <Text c="dimmed">{tc.noProcesses}</Text>
            ) : (
              <NativeSelect
                label={tc.process}
                withAsterisk
                value={processId}
                onChange={(event) => setProcessId(event.currentTarget.value)}
                data={[{ value: '', label: tc.chooseProcess }, ...processList.map((process) => ({ value: process.id, label: process.name }))]}
                error={errors.processId}
                maw={560}
              />
            )
          ) : (
            <MultiSelect
              label={tc.actors}
              description={tc.actorsDescription}
              searchable
              data={(actors.data ?? []).map((actor) => ({ value: actor.id, label: actor.name }))}
              value={actorIds}
              onChange={setActorIds}
              error={errors.actorIds}
              maw={720}
              comboboxProps={{ withinPortal: true }}
              hidePickedOptions
            />
          )}
          <ThresholdFields maxConsulted={maxConsulted} maxInformed={maxInformed} onMaxConsulted={setMaxConsulted} onMaxInformed={setMaxInformed} errors={errors} />
          <FormFooter error={formError} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
