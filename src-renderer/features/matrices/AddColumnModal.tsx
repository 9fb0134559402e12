import { Select, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { MatrixColumn } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { FormFooter } from '../../components/FormFooter';
import { useI18n } from '../../i18n/use-i18n';
import { afterEdits } from './grid/after-edits';
import type { MatrixEditor } from './grid/use-matrix-editor';

interface Props {
  versionId: string;
  editor: MatrixEditor;
  columns: readonly MatrixColumn[];
  onClose: () => void;
  onSaved: (name: string) => void;
  onReload: () => void;
}

/** Add one of the network's actors as the last column of a draft. */
export function AddColumnModal({ versionId, editor, columns, onClose, onSaved, onReload }: Props) {
  const { t, locale } = useI18n();
  const ts = t.matrices.structure;
  const actors = useApiQuery('actors.list', { lang: locale });
  const [actorId, setActorId] = useState<string | null>(null);
  const present = new Set(columns.map((column) => column.actorId));
  const options = (actors.data ?? []).filter((actor) => !present.has(actor.id)).map((actor) => ({ value: actor.id, label: actor.name }));
  const { errors, formError, saving, submit } = useContractSubmit({
    method: 'matrices.addColumn',
    fields: ['actorId'],
    locale,
    send: (input) => afterEdits(editor, (expectedVersion) => call('matrices.addColumn', { ...input, expectedVersion })),
    onSaved: () => onSaved(options.find((option) => option.value === actorId)?.label ?? ''),
    focusServerErrors: true,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    void submit(event, { versionId, expectedVersion: editor.currentRowVersion(), actorId: actorId ?? '', position: columns.length }, { validateAs: { versionId, expectedVersion: editor.currentRowVersion(), actorId: actorId ?? undefined } });
  return (
    <AppModal opened onClose={onClose} title={ts.addColumnTitle} size="lg">
      <form noValidate aria-label={ts.addColumnTitle} onSubmit={onSubmit}>
        <Stack gap="md">
          {actors.data && options.length === 0 ? (
            <Text>{ts.allActorsAdded}</Text>
          ) : (
            <Select
              label={ts.actor}
              placeholder={ts.chooseActor}
              withAsterisk
              searchable
              data={options}
              value={actorId}
              onChange={setActorId}
              error={errors.actorId}
              nothingFoundMessage="–"
              comboboxProps={{ withinPortal: true }}
              data-autofocus
            />
          )}
          <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={onClose} disabled={options.length === 0} />
        </Stack>
      </form>
    </AppModal>
  );
}
