import { ActionIcon, Anchor, Badge, Button, Group, List, Menu, Paper, SimpleGrid, Stack, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconDots, IconGripVertical, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { type DragEvent, type KeyboardEvent, useEffect, useState } from 'react';
import type { AgendaItemView, MeetingDetail } from '../../../src-main/api/contract/index';
import { ATTACHMENT_LIMITS } from '../../../src-main/api/contract/meetings';
import { call } from '../../api/api';
import { hrefFor } from '../../app/router';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { SectionCard } from '../../components/SectionCard';
import { useNotify } from '../../components/use-notify';
import { focusMovedItem } from '../../components/focus-moved-item';
import { useI18n } from '../../i18n/use-i18n';
import { ConfirmModal } from '../meeting-record/ConfirmModal';
import { AgendaItemFormModal } from './AgendaItemFormModal';
import { AttachmentList } from './AttachmentList';
import { formatTimeOfDay } from './meeting-time';
import { OfferedItems } from './OfferedItems';
import { WarningAlert } from './WarningAlert';

const MB = 1024 * 1024;

type Control = 'up' | 'down' | 'handle';
type OpenModal = { kind: 'new' } | { kind: 'edit'; itemId: string } | { kind: 'remove'; itemId: string } | null;

const controlSelector = (itemId: string, control: Control) => `[data-agenda-control="${itemId}:${control}"]`;

/** Each item's card spans the list's width. */
const FULL_WIDTH_ITEMS = { itemWrapper: { display: 'block', width: '100%' }, itemLabel: { display: 'block', width: '100%' } } as const;

interface Props {
  meeting: MeetingDetail;
  canEdit: boolean;
  onChange: (meeting: MeetingDetail) => void;
  onReload: () => void;
}

/**
 * The agenda: § items in order with presenter, duration and planned times, a warning when they run
 * past the meeting's end, and the items offered from earlier meetings. Items move by dragging, by
 * the Move up / Move down buttons, or with Alt+Arrow on the drag handle; all three use
 * `agendaItems.move`, and a live region says where the item went.
 */
export function AgendaPanel({ meeting, canEdit, onChange, onReload }: Props) {
  const { t, locale, format, number } = useI18n();
  const ta = t.meetings.agenda;
  const notify = useNotify();
  const [modal, setModal] = useState<OpenModal>(null);
  const [announcement, setAnnouncement] = useState('');
  const [moving, setMoving] = useState(false);
  const [dragged, setDragged] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const [pendingFocus, setPendingFocus] = useState<{ itemId: string; control: Control } | null>(null);
  const items = meeting.agenda;
  const closeModal = () => setModal(null);

  useEffect(() => {
    if (!pendingFocus) return;
    setPendingFocus(null);
    const { itemId, control } = pendingFocus;
    focusMovedItem(control, 'handle', (candidate) => controlSelector(itemId, candidate));
  }, [meeting, pendingFocus]);

  const itemName = (item: AgendaItemView) => [item.sectionLabel, item.title || ta.kinds[item.kind]].filter(Boolean).join(' ');

  /** Moves the item to `to` (its index after the move). */
  const moveTo = async (item: AgendaItemView, to: number, control: Control) => {
    const from = items.findIndex((candidate) => candidate.id === item.id);
    if (moving || to === from || to < 0 || to >= items.length) return;
    const others = items.filter((candidate) => candidate.id !== item.id);
    const beforeItemId = others[to]?.id ?? null;
    setMoving(true);
    try {
      const next = await call('agendaItems.move', { itemId: item.id, expectedVersion: item.rowVersion, beforeItemId });
      onChange(next);
      const position = next.agenda.findIndex((candidate) => candidate.id === item.id);
      setAnnouncement(format(ta.moved, { name: item.title || ta.kinds[item.kind], position: position + 1, count: next.agenda.length }));
      setPendingFocus({ itemId: item.id, control });
    } catch (error) {
      notify.actionError(error, onReload);
    } finally {
      setMoving(false);
    }
  };

  const onHandleKey = (event: KeyboardEvent<HTMLButtonElement>, item: AgendaItemView, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    void moveTo(item, index + (event.key === 'ArrowUp' ? -1 : 1), 'handle');
  };

  const onDrop = (event: DragEvent, target: AgendaItemView) => {
    event.preventDefault();
    setDropTarget(null);
    const item = items.find((candidate) => candidate.id === dragged);
    setDragged(null);
    if (!item || item.id === target.id) return;
    void moveTo(item, items.findIndex((candidate) => candidate.id === target.id), 'handle');
  };

  const setNotDiscussed = async (item: AgendaItemView, notDiscussed: boolean) => {
    try {
      onChange(await call('agendaItems.setNotDiscussed', { itemId: item.id, expectedVersion: item.rowVersion, notDiscussed }));
    } catch (error) {
      notify.actionError(error, onReload);
    }
  };

  /** Asked first (ConfirmModal shows what fails); the focus then goes to the list's Add button. */
  const remove = async (item: AgendaItemView) => {
    const next = await call('agendaItems.remove', { itemId: item.id, expectedVersion: item.rowVersion });
    closeModal();
    onChange(next);
    notify.success(format(ta.removed, { name: itemName(item) }));
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>('[data-agenda-add]')?.focus());
  };

  const carried = meeting.carriedActionItems.filter((actionItem) => actionItem.status === 'open').length;
  const carriedText = carried === 0 ? ta.openActionItemsNone : carried === 1 ? ta.openActionItemsOne : format(ta.openActionItems, { count: number(carried) });
  const editedItem = modal?.kind === 'edit' ? items.find((item) => item.id === modal.itemId) : undefined;
  const removedItem = modal?.kind === 'remove' ? items.find((item) => item.id === modal.itemId) : undefined;
  const time = (value: string | null) => formatTimeOfDay(value, locale);

  return (
    <Stack gap="md">
      {meeting.overrunMinutes > 0 && (
        <WarningAlert title={ta.overrunTitle}>
          {format(ta.overrun, { minutes: number(meeting.overrunMinutes) })}
        </WarningAlert>
      )}
      {canEdit && meeting.offeredItems.length > 0 && <OfferedItems meeting={meeting} onChange={onChange} onReload={onReload} />}
      <SectionCard
        id="meeting-agenda"
        title={ta.title}
        actions={
          canEdit && (
            <Button size="xs" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setModal({ kind: 'new' })} data-agenda-add>
              {ta.addItem}
            </Button>
          )
        }
      >
        {meeting.status === 'cancelled' && <Text size="sm">{ta.readOnlyNote}</Text>}
        <Text size="sm" c="dimmed">
          {meeting.plannedEnd ? format(ta.plannedEnd, { time: time(meeting.plannedEnd) }) : ta.noPlannedEnd}
          {canEdit && ` ${format(ta.attachmentLimits, { file: number(ATTACHMENT_LIMITS.maxFileBytes / MB), meeting: number(ATTACHMENT_LIMITS.maxMeetingBytes / MB) })}`}
        </Text>
        <VisuallyHidden role="status" aria-live="polite">
          {announcement}
        </VisuallyHidden>
        {items.length === 0 ? (
          <Text>{ta.empty}</Text>
        ) : (
          <List component="ol" listStyleType="none" spacing="sm" p={0} m={0} aria-label={ta.listLabel} styles={FULL_WIDTH_ITEMS}>
            {items.map((item, index) => {
              const name = item.title || ta.kinds[item.kind];
              const fullName = itemName(item);
              const upLabel = format(ta.moveUp, { name: fullName });
              const downLabel = format(ta.moveDown, { name: fullName });
              const editLabel = format(ta.edit, { name: fullName });
              const moreLabel = format(ta.more, { name: fullName });
              const handleLabel = format(ta.dragHandle, { name: fullName });
              return (
                <List.Item
                  key={item.id}
                  onDragOver={(event) => {
                    if (!dragged) return;
                    event.preventDefault();
                    setDropTarget(item.id);
                  }}
                  onDragLeave={() => setDropTarget((current) => (current === item.id ? null : current))}
                  onDrop={(event) => onDrop(event, item)}
                >
                  <Paper
                    withBorder
                    p="sm"
                    bg={item.notDiscussed ? 'gray.0' : undefined}
                    style={dropTarget === item.id && dragged !== item.id ? { outline: '2px dashed var(--mantine-color-kotoBlue-7)', outlineOffset: 2 } : undefined}
                    opacity={dragged === item.id ? 0.5 : 1}
                    draggable={canEdit}
                    onDragStart={(event) => {
                      event.dataTransfer.effectAllowed = 'move';
                      event.dataTransfer.setData('text/plain', item.id);
                      setDragged(item.id);
                    }}
                    onDragEnd={() => {
                      setDragged(null);
                      setDropTarget(null);
                    }}
                    data-agenda-item={item.id}
                  >
                    <Stack gap="xs">
                      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                        <Group gap={8} align="flex-start" wrap="nowrap">
                          {canEdit && (
                            <Tooltip label={handleLabel} multiline w={280}>
                              <ActionIcon
                                variant="subtle"
                                color="gray.8"
                                aria-label={handleLabel}
                                style={{ cursor: 'grab' }}
                                data-agenda-control={`${item.id}:handle`}
                                onKeyDown={(event) => onHandleKey(event, item, index)}
                              >
                                <IconGripVertical size={18} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                          )}
                          <Stack gap={4}>
                            <Title order={3} size="h5">
                              {item.sectionLabel && (
                                <>
                                  <Text span inherit c="dimmed">
                                    {item.sectionLabel}
                                  </Text>{' '}
                                </>
                              )}
                              {item.title ? <LanguageMarkedText text={item.title} language={item.titleLanguage} /> : name}
                            </Title>
                            <Group gap={6}>
                              {item.kind !== 'regular' && item.title !== ta.kinds[item.kind] && (
                                <Text size="xs" c="dimmed">
                                  {ta.kinds[item.kind]}
                                </Text>
                              )}
                              {item.notDiscussed && (
                                <Badge color="orange" variant="light" c="orange.9" tt="none" size="sm">
                                  {ta.notDiscussed}
                                </Badge>
                              )}
                              {item.carriedFrom && (
                                <Anchor href={hrefFor({ name: 'meeting', id: item.carriedFrom.meetingId })} size="xs">
                                  {format(ta.carriedFrom, { label: item.carriedFrom.label })}
                                </Anchor>
                              )}
                            </Group>
                          </Stack>
                        </Group>
                        {canEdit && (
                          <Group gap={2} wrap="nowrap">
                            <Tooltip label={upLabel}>
                              <ActionIcon variant="subtle" aria-label={upLabel} disabled={index === 0 || moving} data-agenda-control={`${item.id}:up`} onClick={() => void moveTo(item, index - 1, 'up')}>
                                <IconArrowUp size={18} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                            <Tooltip label={downLabel}>
                              <ActionIcon
                                variant="subtle"
                                aria-label={downLabel}
                                disabled={index === items.length - 1 || moving}
                                data-agenda-control={`${item.id}:down`}
                                onClick={() => void moveTo(item, index + 1, 'down')}
                              >
                                <IconArrowDown size={18} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                            <Tooltip label={editLabel}>
                              <ActionIcon variant="subtle" aria-label={editLabel} onClick={() => setModal({ kind: 'edit', itemId: item.id })}>
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
                                <Menu.Item onClick={() => void setNotDiscussed(item, !item.notDiscussed)}>{item.notDiscussed ? ta.markDiscussed : ta.markNotDiscussed}</Menu.Item>
                                <Menu.Item color="red.9" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setModal({ kind: 'remove', itemId: item.id })}>
                                  {ta.remove}
                                </Menu.Item>
                              </Menu.Dropdown>
                            </Menu>
                          </Group>
                        )}
                      </Group>
                      <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="md" verticalSpacing={4} m={0} pl={canEdit ? 36 : 0}>
                        <Fact label={ta.presenter} value={item.presenter ? `${item.presenter.name} (${item.presenter.actorName})` : item.presenterText} />
                        <Fact label={ta.duration} value={item.durationMinutes !== null ? format(ta.minutes, { minutes: number(item.durationMinutes) }) : null} />
                        <Fact label={ta.planned} value={item.plannedStart && item.plannedEnd ? `${time(item.plannedStart)}–${time(item.plannedEnd)}` : null} />
                      </SimpleGrid>
                      <Stack gap={6} pl={canEdit ? 36 : 0}>
                        {item.kind === 'open_action_items' && <Text size="sm">{carriedText}</Text>}
                        {item.process && (
                          <Anchor href={hrefFor({ name: 'process', id: item.process.id })} size="sm">
                            {format(ta.subjectProcess, { name: item.process.name })}
                          </Anchor>
                        )}
                        {item.matrixVersion && (
                          <Anchor href={hrefFor({ name: 'matrix', id: item.matrixVersion.matrixId, versionId: item.matrixVersion.id })} size="sm">
                            {format(ta.subjectMatrix, { name: item.matrixVersion.matrixName, number: item.matrixVersion.number })}
                          </Anchor>
                        )}
                        <LongText label={t.meetings.item.background} text={item.background} />
                        <LongText label={t.meetings.item.proposal} text={item.proposal} />
                        <LongText label={t.meetings.item.discussion} text={item.discussion} />
                        <AttachmentList item={item} itemName={fullName} canEdit={canEdit} onChange={onChange} onReload={onReload} />
                      </Stack>
                    </Stack>
                  </Paper>
                </List.Item>
              );
            })}
          </List>
        )}
      </SectionCard>
      {modal?.kind === 'new' && (
        <AgendaItemFormModal
          meeting={meeting}
          onClose={closeModal}
          onReload={onReload}
          onSaved={(next) => {
            closeModal();
            onChange(next);
            notify.success(t.meetings.item.added);
          }}
        />
      )}
      {editedItem && (
        <AgendaItemFormModal
          meeting={meeting}
          item={editedItem}
          onClose={closeModal}
          onReload={onReload}
          onSaved={(next) => {
            closeModal();
            onChange(next);
            notify.success(t.meetings.item.saved);
          }}
        />
      )}
      {removedItem && (
        <ConfirmModal title={ta.removeTitle} confirmLabel={ta.remove} danger onClose={closeModal} onConfirm={() => remove(removedItem)} onReload={onReload}>
          {format(ta.removeText, { name: itemName(removedItem) })}
        </ConfirmModal>
      )}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string | null }) {
  const { t } = useI18n();
  return (
    <div>
      <Text component="dt" size="xs" fw={700} c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {value || t.common.notGiven}
      </Text>
    </div>
  );
}

/** A long text of the item in the UI language (or the nearest one), marked when in another. */
function LongText({ label, text }: { label: string; text: { fi?: string | null; sv?: string | null; en?: string | null } }) {
  const { locale } = useI18n();
  const order = [locale, ...(['fi', 'sv', 'en'] as const).filter((language) => language !== locale)];
  const language = order.find((candidate) => text[candidate]);
  if (!language) return null;
  return (
    <div>
      <Text size="xs" fw={700} c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        <LanguageMarkedText text={text[language] ?? ''} language={language} />
      </Text>
    </div>
  );
}
