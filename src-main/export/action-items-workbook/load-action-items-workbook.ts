import type { ActionItemView } from '../../api/contract/meetings.js';
import { actorsOnDate } from '../../domain/matrices/matrix-actors.js';
import { actionItemOverview } from '../../domain/meetings/action-item-overview.js';
import { itemLabels } from '../../domain/meetings/meeting-view.js';
import { readNetworkInfo } from '../../domain/network/network-info.js';
import { AppError } from '../../domain/shared/app-error.js';
import { instantToHelsinkiLocal } from '../../domain/shared/calendar.js';
import type { ReadContext } from '../../domain/shared/contexts.js';
import { pickLocalized } from '../../domain/shared/localized-text.js';
import type { Locale } from '../../i18n/locales.js';
import { exportFileNameFor } from '../../session/file-host.js';
import type { ActionItemsFilterState } from './action-items-texts.js';
import { actionItemsTexts } from './action-items-texts.js';
import type { ActionItemsWorkbookInput, ActionItemsWorkbookRow } from './action-items-workbook.js';

export interface ActionItemsWorkbookFilter {
  actorId?: string;
  ownerRepresentativeId?: string;
  state?: ActionItemsFilterState;
}

/**
 * The overview's items with the same filters (overdue against Helsinki's today), read in the
 * export's language, with each item's § and the filters by name. An unknown organisation or
 * person is refused before the save dialog opens: the filters sheet could not name it.
 */
export async function loadActionItemsWorkbookInput(context: ReadContext, now: Date, filter: ActionItemsWorkbookFilter, locale: Locale): Promise<ActionItemsWorkbookInput> {
  const reader: ReadContext = { ...context, locale };
  const state = filter.state ?? 'open';
  const actor = filter.actorId ? await actorName(reader, filter.actorId) : null;
  const owner = filter.ownerRepresentativeId ? await representativeName(reader, filter.ownerRepresentativeId) : null;
  const items = await actionItemOverview(reader, { actorId: filter.actorId, ownerRepresentativeId: filter.ownerRepresentativeId, state });
  const labels = await itemLabels(
    reader,
    items.flatMap((item) => (item.agendaItemId ? [item.agendaItemId] : [])),
  );
  const network = await readNetworkInfo(context.db);
  return {
    locale,
    networkName: pickLocalized(network.name, locale)?.text ?? '',
    demo: network.isDemo,
    exportedOn: context.today,
    exportedAtTime: instantToHelsinkiLocal(now).slice(11, 16),
    filters: { actor, owner, state },
    rows: items.map((item) => toRow(item, item.agendaItemId ? (labels.get(item.agendaItemId)?.sectionLabel ?? '') : '')),
  };
}

function toRow(item: ActionItemView, section: string): ActionItemsWorkbookRow {
  return {
    meetingNumber: item.meetingNumber,
    meetingDate: item.meetingDate,
    section,
    title: item.title,
    ownerActor: item.ownerActor?.name ?? null,
    ownerPerson: item.ownerRepresentative?.name ?? null,
    dueDate: item.dueDate,
    status: item.status,
    overdue: item.overdue,
    closedOn: item.closedOn,
    note: item.closingNote,
    goalAction: item.goalAction?.name ?? null,
  };
}

/** The organisation's name today, in the export's language. */
async function actorName(context: ReadContext, actorId: string): Promise<string> {
  const actor = (await actorsOnDate(context.db, [actorId], context.today, context.locale)).get(actorId);
  if (!actor) throw new AppError('export_actor_not_found', { id: actorId }, ['actorId']);
  return actor.name;
}

async function representativeName(context: ReadContext, representativeId: string): Promise<string> {
  const row = await context.db.selectFrom('representative').select('name').where('id', '=', representativeId).executeTakeFirst();
  if (!row) throw new AppError('export_representative_not_found', { id: representativeId }, ['ownerRepresentativeId']);
  return row.name;
}

/** "Kokousten-tehtävät-2026-11-23.xlsx" */
export function actionItemsWorkbookFileName(input: ActionItemsWorkbookInput): string {
  return exportFileNameFor([actionItemsTexts(input.locale).title, input.exportedOn], '.xlsx');
}
