import { Button, Divider, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { LegalReference, ProcessDetail } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { FormFooter } from '../../components/FormFooter';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { LegalActForm } from './LegalActForm';
import { LegalReferenceList } from './LegalReferenceList';
import { plainText } from './localized';

const FIELDS = ['actId', 'section', 'note'];

interface Props {
  process: ProcessDetail;
  /** the step whose citations these are; null for the process's own legal basis */
  nodeId: string | null;
  title: string;
  onClose: () => void;
  onReload: () => void;
}

/** The citations of a process or a step: remove one, cite a section of an act, or add a new act. */
export function LegalReferencesModal({ process, nodeId, title, onClose, onReload }: Props) {
  const { t, locale, format } = useI18n();
  const text = t.processes.legal;
  const notify = useNotify();
  const acts = useApiQuery('legalActs.list', {});
  const [mode, setMode] = useState<'cite' | 'act'>('cite');
  const [actId, setActId] = useState('');
  const [section, setSection] = useState('');
  const [note, setNote] = useState('');
  const references = nodeId === null ? process.legalReferences : (process.nodes.find((node) => node.id === nodeId)?.legalReferences ?? []);
  const { errors, formError, saving, submit } = useContractSubmit({
    method: 'legalReferences.create',
    fields: FIELDS,
    locale,
    onSaved: () => {
      setActId('');
      setSection('');
      setNote('');
      notify.success(text.added);
    },
  });

  const remove = async (reference: LegalReference) => {
    try {
      await call('legalReferences.delete', { id: reference.id, expectedVersion: reference.rowVersion });
      notify.success(text.removed);
    } catch (error) {
      notify.actionError(error, onReload);
    }
  };

  const actOptions = (acts.data ?? []).map((act) => ({
    value: act.id,
    label: format(act.repealed ? text.actOptionRepealed : text.actOption, { number: act.number, name: plainText(act.name, locale) }),
  }));

  return (
    <AppModal opened onClose={onClose} title={mode === 'act' ? text.newActTitle : title} size="xl">
      {mode === 'act' ? (
        <LegalActForm
          acts={acts.data ?? []}
          onCancel={() => setMode('cite')}
          onSaved={(act) => {
            notify.success(format(text.actCreated, { number: act.number }));
            setActId(act.id);
            setMode('cite');
          }}
        />
      ) : (
        <Stack gap="md">
          <Stack gap="xs">
            <Title order={3} size="h5">
              {text.current}
            </Title>
            {references.length === 0 ? (
              <Text size="sm" c="dimmed">
                {nodeId === null ? text.none : text.noneForStep}
              </Text>
            ) : (
              <LegalReferenceList references={references} detailed onRemove={(reference) => void remove(reference)} />
            )}
          </Stack>
          <Divider />
          <form
            onSubmit={(event) => void submit(event, { processId: process.id, nodeId, actId, section, note }, { validateAs: { processId: process.id, nodeId, actId: actId || undefined, section, note } })}
            noValidate
            aria-label={text.cite}
          >
            <Stack gap="sm">
              <Title order={3} size="h5">
                {text.cite}
              </Title>
              <Group align="flex-end" gap="sm">
                <NativeSelect
                  label={text.act}
                  withAsterisk
                  value={actId}
                  onChange={(event) => setActId(event.currentTarget.value)}
                  data={[{ value: '', label: text.chooseAct }, ...actOptions]}
                  error={errors.actId}
                  name="actId"
                  style={{ flex: 1 }}
                  miw={280}
                />
                <Button variant="subtle" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setMode('act')}>
                  {text.newAct}
                </Button>
              </Group>
              <Group align="flex-start" gap="sm">
                <TextInput label={text.section} description={text.sectionDescription} value={section} onChange={(event) => setSection(event.currentTarget.value)} error={errors.section} w={200} name="section" />
                <TextInput label={text.note} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={errors.note} style={{ flex: 1 }} miw={240} name="note" />
              </Group>
              <FormFooter error={formError} saving={saving} onCancel={onClose} submitLabel={text.cite} />
            </Stack>
          </form>
        </Stack>
      )}
    </AppModal>
  );
}
