import type { ExportResult } from '../../api/contract/documents.js';
import type { HandlerContext } from '../../api/handlers/handler-context.js';
import { findNameRows, nameRowAt } from '../../db/repositories/actor-repository.js';
import { fromStoredLocalized } from '../../db/stored-values.js';
import { readNetworkInfo } from '../../domain/network/network-info.js';
import { pickLocalized } from '../../domain/shared/localized-text.js';
import type { Locale } from '../../i18n/locales.js';
import { exportFileNameFor } from '../../session/file-host.js';
import { readDocumentTemplate } from '../document-settings.js';
import { exportResult, writeExportFile } from '../export-file.js';
import { xmlSafeData } from '../xml-safe-text.js';
import { packPrivacyNotice, type PrivacyNoticeModel } from './build-privacy-notice.js';
import { privacyNoticeTexts } from './privacy-notice-texts.js';

/**
 * Reads what the notice names (the network, the template's organisation, the coordinating
 * organisation) and writes the .docx. Built in the main thread like the .ics: a few pages of text,
 * no chart, milliseconds of work — the export worker would cost more than it saves.
 */
export async function savePrivacyNotice(context: HandlerContext, locale: Locale): Promise<ExportResult | null> {
  const model = await loadPrivacyNoticeModel(context, locale);
  const name = exportFileNameFor([privacyNoticeTexts(locale).fileStem, model.network.name], '.docx');
  const path = await context.session.options.fileHost.pickExportPath(name);
  if (!path) return null;
  const bytes = await packPrivacyNotice(xmlSafeData(model));
  await writeExportFile(path, bytes);
  return exportResult(context.session, path, bytes.byteLength);
}

export async function loadPrivacyNoticeModel(context: HandlerContext, locale: Locale): Promise<PrivacyNoticeModel> {
  const network = await readNetworkInfo(context.db);
  const template = await readDocumentTemplate(context.db);
  return {
    locale,
    date: context.today,
    network: { name: pickLocalized(network.name, locale)?.text ?? '', isDemo: network.isDemo },
    template: { organisationName: template.organisationName, caseNumber: template.caseNumber },
    coordinator: await coordinatingOrganisation(context, locale),
  };
}

/** The organisation of today's coordinator, when exactly one organisation coordinates. */
async function coordinatingOrganisation(context: HandlerContext, locale: Locale): Promise<string | null> {
  const rows = await context.db
    .selectFrom('representative')
    .select('actor_id')
    .distinct()
    .where('network_role', '=', 'coordinator')
    .where('archived_at', 'is', null)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', context.today)]))
    .execute();
  if (rows.length !== 1) return null;
  const nameRow = nameRowAt(await findNameRows(context.db, [rows[0]!.actor_id]), context.today);
  return (nameRow && pickLocalized(fromStoredLocalized(nameRow, 'name'), locale)?.text) ?? null;
}
