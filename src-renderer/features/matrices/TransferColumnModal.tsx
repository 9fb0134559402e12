import { Checkbox, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { MatrixColumn } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { FormFooter } from '../../components/FormFooter';
import { LoadingState } from '../../components/LoadingState';
import { useI18n } from '../../i18n/use-i18n';
import { afterEdits } from './grid/after-edits';
import type { MatrixEditor } from './grid/use-matrix-editor';

interface Props {
  versionId: string;
  editor: MatrixEditor;
  column: MatrixColumn;
  onClose: () => void;
  onSaved: () => void;
  onReload: () => void;
}

/** A superseded actor's letters go to its successors (seuraanto); its column is then removed. */
export function TransferColumnModal({ versionId, editor, column, onClose, onSaved, onReload }: Props) {
  const { t, locale, format } = useI18n();
  const ts = t.matrices.structure;
  const actor = useApiQuery('actors.get', { id: column.actorId });
  const successors = actor.data?.successors ?? [];
  const [chosen, setChosen] = useState<string[]>([]);
  // every successor is chosen at first; the user may leave some out
  useEffect(() => {
    if (actor.data) setChosen(actor.data.successors.map((link) => link.actorId));
  }, [actor.data]);
  const { errors, formError, saving, submit } = useContractSubmit({
    method: 'matrices.transferColumn',
    fields: ['toActorIds'],
    locale,
    send: (input) => afterEdits(editor, (expectedVersion) => call('matrices.transferColumn', { ...input, expectedVersion })),
    onSaved,
  });
  return (
    <AppModal opened onClose={onClose} title={ts.transferTitle} size="lg">
      <form
        noValidate
        aria-label={ts.transferTitle}
        onSubmit={(event) => void submit(event, { versionId, expectedVersion: editor.currentRowVersion(), fromActorId: column.actorId, toActorIds: chosen })}
      >
        <Stack gap="md">
          <Text size="sm">{format(ts.transferText, { name: column.name })}</Text>
          {!actor.data ? (
            <LoadingState label={t.common.loading} />
          ) : successors.length === 0 ? (
            <Text>{ts.noSuccessors}</Text>
          ) : (
            <Checkbox.Group label={ts.successors} value={chosen} onChange={setChosen} error={errors.toActorIds}>
              <Stack gap={6} mt={6}>
                {successors.map((link) => (
                  <Checkbox key={link.actorId} value={link.actorId} label={link.actorName} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={onClose} disabled={successors.length === 0} submitLabel={ts.transferTitle} />
        </Stack>
      </form>
    </AppModal>
  );
}
