import { ActionIcon, Divider, Group, List, NativeSelect, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { LocalizedText, ProcessDetail, ProcessEdge, ProcessNode } from '../../../src-main/api/contract/index';
import { LOCALES } from '../../../src-main/i18n/locales';
import { call } from '../../api/api';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { FormFooter } from '../../components/FormFooter';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { emptyText, orEmpty, plainText } from './localized';
import { arrowText, nodeName } from './step-names';

const FIELDS = ['toNodeId', ...LOCALES.map((language) => `label.${language}`)];

interface Props {
  process: ProcessDetail;
  node: ProcessNode;
  onClose: () => void;
  onReload: () => void;
}

/** The arrows out of one node: a decision's labelled branches, or the plain "next" of a step. */
export function ArrowsModal({ process, node, onClose, onReload }: Props) {
  const i18n = useI18n();
  const { t, locale, format } = i18n;
  const text = t.processes.arrows;
  const notify = useNotify();
  const [toNodeId, setToNodeId] = useState('');
  const [label, setLabel] = useState<LocalizedText>(emptyText);
  /** the arrow whose label is being changed; null: the form adds a new arrow */
  const [editing, setEditing] = useState<ProcessEdge | null>(null);
  const name = nodeName(node, i18n);
  const outgoing = process.edges.filter((edge) => edge.fromNodeId === node.id).sort((a, b) => a.sortOrder - b.sortOrder);
  const resetForm = () => {
    setEditing(null);
    setToNodeId('');
    setLabel(emptyText());
  };
  const create = useContractSubmit({
    method: 'processEdges.create',
    fields: FIELDS,
    locale,
    onSaved: () => {
      resetForm();
      notify.success(text.added);
    },
  });
  const update = useContractSubmit({
    method: 'processEdges.update',
    fields: FIELDS,
    locale,
    onSaved: () => {
      resetForm();
      notify.success(text.saved);
    },
  });
  const { errors, formError, saving } = editing ? update : create;
  const startEditing = (edge: ProcessEdge) => {
    setEditing(edge);
    setToNodeId(edge.toNodeId);
    setLabel(orEmpty(edge.label));
    // The form below is the place to type: take the keyboard to the label in the user's language.
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-arrow-form] input[name="label.${locale}"]`)?.focus());
  };

  const remove = async (edge: ProcessEdge) => {
    try {
      await call('processEdges.delete', { id: edge.id, expectedVersion: edge.rowVersion });
      notify.success(text.removed);
    } catch (error) {
      notify.actionError(error, onReload);
    }
  };

  const targets = process.nodes.filter((candidate) => candidate.id !== node.id && candidate.kind !== 'start');

  return (
    <AppModal opened onClose={onClose} title={format(text.title, { name })} size="xl">
      <Stack gap="md">
        <Text size="sm">{text.description}</Text>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {text.outgoing}
          </Title>
          {outgoing.length === 0 ? (
            <Text size="sm" c="dimmed">
              {text.none}
            </Text>
          ) : (
            <List listStyleType="none" spacing={4} p={0} m={0}>
              {outgoing.map((edge) => {
                const description = arrowText(edge, process, i18n);
                const removeLabel = format(text.remove, { arrow: description });
                const editLabel = format(text.edit, { arrow: description });
                return (
                  <List.Item key={edge.id}>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm">{description}</Text>
                      <Tooltip label={editLabel}>
                        <ActionIcon variant="subtle" aria-label={editLabel} onClick={() => startEditing(edge)}>
                          <IconPencil size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={removeLabel}>
                        <ActionIcon variant="subtle" color="red.9" aria-label={removeLabel} onClick={() => void remove(edge)}>
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </List.Item>
                );
              })}
            </List>
          )}
        </Stack>
        <Divider />
        <form
          onSubmit={(event) => {
            if (editing) {
              void update.submit(event, { id: editing.id, expectedVersion: editing.rowVersion, label });
              return;
            }
            const input = { processId: process.id, fromNodeId: node.id, toNodeId, label };
            void create.submit(event, input, { validateAs: { ...input, toNodeId: toNodeId || undefined } });
          }}
          noValidate
          aria-label={editing ? text.editTitle : text.add}
          data-arrow-form
        >
          <Stack gap="sm">
            <Title order={3} size="h5">
              {editing ? text.editTitle : text.add}
            </Title>
            <NativeSelect
              label={text.target}
              withAsterisk
              value={toNodeId}
              onChange={(event) => setToNodeId(event.currentTarget.value)}
              data={[{ value: '', label: text.chooseTarget }, ...targets.map((target) => ({ value: target.id, label: plainText(target.name, locale) || t.processes.kinds[target.kind] }))]}
              error={errors.toNodeId}
              name="toNodeId"
              disabled={editing !== null}
            />
            <LocalizedTextFields
              legend={text.label}
              description={text.labelDescription}
              path="label"
              labels={{ fi: text.labelFi, sv: text.labelSv, en: text.labelEn }}
              value={label}
              onChange={setLabel}
              errors={errors}
            />
            <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={editing ? resetForm : onClose} submitLabel={editing ? text.save : text.add} />
          </Stack>
        </form>
      </Stack>
    </AppModal>
  );
}
