import { ActionIcon, Badge, Box, Button, Group, List, Menu, Paper, SimpleGrid, Stack, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowRight, IconArrowUp, IconDots, IconGavel, IconPencil, IconPlus, IconRowInsertBottom, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ProcessDetail, ProcessNode } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { SectionCard } from '../../components/SectionCard';
import { useNotify } from '../../components/use-notify';
import { focusMovedItem } from '../../components/focus-moved-item';
import { useI18n } from '../../i18n/use-i18n';
import { ArrowsModal } from './ArrowsModal';
import { LegalReferenceList } from './LegalReferenceList';
import { LegalReferencesModal } from './LegalReferencesModal';
import { plainText, shownText } from './localized';
import { StepFormModal } from './StepFormModal';
import { StepKindIcon } from './StepKindIcon';
import { ArrowLine } from './ArrowLine';
import { nodeName } from './step-names';

type OpenModal =
  | { kind: 'new'; afterNodeId?: string }
  | { kind: 'edit'; nodeId: string }
  | { kind: 'arrows'; nodeId: string }
  | { kind: 'legal'; nodeId: string }
  | null;

type Control = 'up' | 'down' | 'edit';

/** Where the keyboard goes once the data shows the change (a moved row, a row back from undo). */
interface PendingFocus {
  nodeId: string;
  control: Control;
  ready: (process: ProcessDetail) => boolean;
}

/** The id of a step's heading, so the findings can take the user to a step. */
export const stepAnchorId = (nodeId: string) => `process-step-${nodeId}`;

const controlSelector = (nodeId: string, control: Control) => `[data-step-control="${nodeId}:${control}"]`;

const movable = (node: ProcessNode) => node.kind === 'step' || node.kind === 'decision';

/** Each step's card spans the list's width, so the cards' columns line up. */
const FULL_WIDTH_ITEMS = { itemWrapper: { display: 'block', width: '100%' }, itemLabel: { display: 'block', width: '100%' } } as const;

interface Props {
  process: ProcessDetail;
  canEdit: boolean;
  onReload: () => void;
}

/**
 * The steps in display order, with their lane, variant, time limit, legal references (a repealed act
 * flagged) and arrows. Every action is a button in the row, so the whole list works from the keyboard;
 * moving keeps the focus on the moved step's button and says where it went.
 */
export function StepsPanel({ process, canEdit, onReload }: Props) {
  const i18n = useI18n();
  const { t, locale, format, number } = i18n;
  const text = t.processes.steps;
  const notify = useNotify();
  const [modal, setModal] = useState<OpenModal>(null);
  const [moving, setMoving] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [pendingFocus, setPendingFocus] = useState<PendingFocus | null>(null);
  const nodes = process.nodes;
  const closeModal = () => setModal(null);

  useEffect(() => {
    if (!pendingFocus || !pendingFocus.ready(process)) return;
    setPendingFocus(null);
    const { nodeId, control } = pendingFocus;
    focusMovedItem(control, 'edit', (candidate) => controlSelector(nodeId, candidate));
  }, [process, pendingFocus]);

  const move = async (node: ProcessNode, direction: -1 | 1) => {
    if (moving) return;
    const from = nodes.findIndex((candidate) => candidate.id === node.id);
    const to = from + direction;
    setMoving(true);
    try {
      await call('processNodes.move', { id: node.id, expectedVersion: node.rowVersion, position: to });
      setAnnouncement(format(text.moved, { name: nodeName(node, i18n), position: to + 1, count: nodes.length }));
      setPendingFocus({ nodeId: node.id, control: direction < 0 ? 'up' : 'down', ready: (next) => next.nodes[to]?.id === node.id });
    } catch (error) {
      notify.actionError(error, onReload);
    } finally {
      setMoving(false);
    }
  };

  const remove = async (node: ProcessNode) => {
    const index = nodes.findIndex((candidate) => candidate.id === node.id);
    const neighbour = nodes[index + 1] ?? nodes[index - 1];
    const name = nodeName(node, i18n);
    try {
      await call('processNodes.delete', { id: node.id, expectedVersion: node.rowVersion });
      if (neighbour) setPendingFocus({ nodeId: neighbour.id, control: 'edit', ready: (next) => !next.nodes.some((candidate) => candidate.id === node.id) });
      notify.withUndo(format(text.deleted, { name }), () => {
        void (async () => {
          try {
            await call('processNodes.undoDelete', { id: node.id });
            notify.success(format(text.undone, { name }));
            setPendingFocus({ nodeId: node.id, control: 'edit', ready: (next) => next.nodes.some((candidate) => candidate.id === node.id) });
          } catch (error) {
            notify.actionError(error, onReload);
          }
        })();
      });
    } catch (error) {
      notify.actionError(error, onReload);
    }
  };

  const targetGroupName = (id: string) => {
    const group = process.targetGroups.find((candidate) => candidate.id === id);
    return group ? plainText(group.name, locale) : '?';
  };

  const none = (
    <Text size="sm" c="dimmed">
      {t.common.notGiven}
    </Text>
  );

  const openNode = modal && modal.kind !== 'new' ? nodes.find((node) => node.id === modal.nodeId) : undefined;

  return (
    <SectionCard
      id="process-steps"
      title={text.title}
      actions={
        canEdit && (
          <Button size="xs" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setModal({ kind: 'new' })}>
            {text.add}
          </Button>
        )
      }
    >
      <Text size="sm" c="dimmed">
        {text.description}
      </Text>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <List listStyleType="none" spacing="sm" p={0} m={0} aria-label={text.listLabel} styles={FULL_WIDTH_ITEMS}>
        {nodes.map((node, index) => {
          const name = shownText(node.name, locale);
          const plainName = nodeName(node, i18n);
          const outgoing = process.edges.filter((edge) => edge.fromNodeId === node.id).sort((a, b) => a.sortOrder - b.sortOrder);
          const timeLimitText = shownText(node.timeLimitText, locale);
          const isEvent = !movable(node);
          // The start stays first and the last end last; in between, a step may pass anything.
          const canMoveUp = movable(node) && index > 0 && !(index === 1 && nodes[0]!.kind === 'start');
          const canMoveDown = movable(node) && index < nodes.length - 1 && !(index === nodes.length - 2 && nodes[nodes.length - 1]!.kind === 'end');
          const upLabel = format(text.moveUp, { name: plainName });
          const downLabel = format(text.moveDown, { name: plainName });
          const editLabel = format(text.edit, { name: plainName });
          const moreLabel = format(text.more, { name: plainName });
          const canDelete = movable(node) || (node.kind === 'end' && nodes.filter((other) => other.kind === 'end').length > 1);
          const hasTimeLimit = node.timeLimitDays !== null || Boolean(timeLimitText.text);
          return (
            <List.Item key={node.id}>
              <Paper withBorder p="sm" bg={isEvent ? 'gray.0' : undefined}>
                <Stack gap="xs">
                  <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                    <Group gap={8} align="flex-start" wrap="nowrap">
                      <StepKindIcon kind={node.kind} />
                      <Stack gap={4}>
                        <Title order={3} size="h5" id={stepAnchorId(node.id)} tabIndex={-1}>
                          <Text span inherit c="dimmed">
                            {format(text.number, { number: number(index + 1) })}
                          </Text>{' '}
                          {name.text ? <LanguageMarkedText text={name.text} language={name.language} /> : t.processes.kinds[node.kind]}
                        </Title>
                        <Group gap={6}>
                          {node.kind !== 'step' && name.text !== t.processes.kinds[node.kind] && (
                            <Text size="xs" c="dimmed">
                              {t.processes.kinds[node.kind]}
                            </Text>
                          )}
                          {node.statutory && (
                            <Badge variant="outline" color="kotoBlue" tt="none" size="sm">
                              {text.statutory}
                            </Badge>
                          )}
                          {node.targetGroupId && (
                            <Badge variant="light" color="kotoBlue" c="kotoBlue.9" tt="none" size="sm">
                              {format(text.onlyFor, { group: targetGroupName(node.targetGroupId) })}
                            </Badge>
                          )}
                        </Group>
                      </Stack>
                    </Group>
                    {canEdit && (
                      <Group gap={2} wrap="nowrap">
                        {movable(node) && (
                          <>
                            <Tooltip label={upLabel}>
                              <ActionIcon variant="subtle" aria-label={upLabel} disabled={!canMoveUp} data-step-control={`${node.id}:up`} onClick={() => void move(node, -1)}>
                                <IconArrowUp size={18} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                            <Tooltip label={downLabel}>
                              <ActionIcon variant="subtle" aria-label={downLabel} disabled={!canMoveDown} data-step-control={`${node.id}:down`} onClick={() => void move(node, 1)}>
                                <IconArrowDown size={18} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                          </>
                        )}
                        <Tooltip label={editLabel}>
                          <ActionIcon variant="subtle" aria-label={editLabel} data-step-control={`${node.id}:edit`} onClick={() => setModal({ kind: 'edit', nodeId: node.id })}>
                            <IconPencil size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                        <Menu position="bottom-end">
                          <Tooltip label={moreLabel}>
                            <Menu.Target>
                              <ActionIcon variant="subtle" aria-label={moreLabel}>
                                <IconDots size={18} aria-hidden />
                              </ActionIcon>
                            </Menu.Target>
                          </Tooltip>
                          <Menu.Dropdown>
                            {node.kind !== 'end' && (
                              <Menu.Item leftSection={<IconRowInsertBottom size={16} aria-hidden />} onClick={() => setModal({ kind: 'new', afterNodeId: node.id })}>
                                {text.addAfter}
                              </Menu.Item>
                            )}
                            <Menu.Item leftSection={<IconArrowRight size={16} aria-hidden />} onClick={() => setModal({ kind: 'arrows', nodeId: node.id })}>
                              {text.arrows}
                            </Menu.Item>
                            <Menu.Item leftSection={<IconGavel size={16} aria-hidden />} onClick={() => setModal({ kind: 'legal', nodeId: node.id })}>
                              {text.legalReferences}
                            </Menu.Item>
                            {canDelete && (
                              <Menu.Item color="red.9" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => void remove(node)}>
                                {text.delete}
                              </Menu.Item>
                            )}
                          </Menu.Dropdown>
                        </Menu>
                      </Group>
                    )}
                  </Group>
                  <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" verticalSpacing="xs" m={0} pl={28}>
                    {!isEvent && (
                      <div>
                        <Text component="dt" size="xs" fw={700} c="dimmed">
                          {text.columnPerformer}
                        </Text>
                        <Text component="dd" size="sm" m={0}>
                          {node.performerName ?? (
                            <Text span size="sm" c="red.9">
                              {text.noPerformer}
                            </Text>
                          )}
                        </Text>
                      </div>
                    )}
                    {!isEvent && (
                      <div>
                        <Text component="dt" size="xs" fw={700} c="dimmed">
                          {text.columnTimeLimit}
                        </Text>
                        <Stack component="dd" gap={2} m={0}>
                          {!hasTimeLimit && none}
                          {node.timeLimitDays !== null && <Text size="sm">{node.timeLimitDays === 1 ? text.dayOne : format(text.days, { count: number(node.timeLimitDays) })}</Text>}
                          {timeLimitText.text && (
                            <Text size="sm">
                              <LanguageMarkedText text={timeLimitText.text} language={timeLimitText.language} />
                            </Text>
                          )}
                        </Stack>
                      </div>
                    )}
                    {(!isEvent || node.legalReferences.length > 0) && (
                      <div>
                        <Text component="dt" size="xs" fw={700} c="dimmed">
                          {text.columnLegal}
                        </Text>
                        <Box component="dd" m={0}>
                          {node.legalReferences.length > 0 ? <LegalReferenceList references={node.legalReferences} /> : none}
                        </Box>
                      </div>
                    )}
                    {node.kind !== 'end' && (
                      <div>
                        <Text component="dt" size="xs" fw={700} c="dimmed">
                          {node.kind === 'decision' ? text.columnBranches : text.columnNext}
                        </Text>
                        <Box component="dd" m={0}>
                          {outgoing.length === 0 ? (
                            <Text size="sm" c="red.9">
                              {text.noNext}
                            </Text>
                          ) : (
                            <List listStyleType="none" spacing={2} p={0} m={0}>
                              {outgoing.map((edge) => (
                                <List.Item key={edge.id}>
                                  <ArrowLine edge={edge} process={process} />
                                </List.Item>
                              ))}
                            </List>
                          )}
                        </Box>
                      </div>
                    )}
                  </SimpleGrid>
                </Stack>
              </Paper>
            </List.Item>
          );
        })}
      </List>

      {modal?.kind === 'new' && (
        <StepFormModal
          process={process}
          afterNodeId={modal.afterNodeId}
          onClose={closeModal}
          onReload={onReload}
          onSaved={(_, name) => {
            closeModal();
            notify.success(format(t.processes.stepForm.created, { name }));
          }}
        />
      )}
      {modal?.kind === 'edit' && openNode && (
        <StepFormModal
          key={openNode.rowVersion}
          process={process}
          node={openNode}
          onClose={closeModal}
          onReload={onReload}
          onSaved={() => {
            closeModal();
            notify.success(t.processes.stepForm.updated);
          }}
        />
      )}
      {modal?.kind === 'arrows' && openNode && <ArrowsModal process={process} node={openNode} onClose={closeModal} onReload={onReload} />}
      {modal?.kind === 'legal' && openNode && (
        <LegalReferencesModal
          process={process}
          nodeId={openNode.id}
          title={format(t.processes.legal.stepModalTitle, { name: nodeName(openNode, i18n) })}
          onClose={closeModal}
          onReload={onReload}
        />
      )}
    </SectionCard>
  );
}
