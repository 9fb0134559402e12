import { copyFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { LocalizedText } from '../../src-main/api/contract/common.js';
import { createNetworkFile } from '../../src-main/db/create-network-file.js';
import type { NetworkStore } from '../../src-main/db/network-store.js';
import { openNetworkFile } from '../../src-main/db/open-network-file.js';
import { populateDemoNetwork } from '../../src-main/domain/demo/demo-network.js';
import { insertNetworkInfo } from '../../src-main/domain/network/network-info.js';
import { calendarDateInHelsinki } from '../../src-main/domain/shared/calendar.js';
import type { ReadContext, WriteContext } from '../../src-main/domain/shared/contexts.js';
import type { Locale } from '../../src-main/i18n/locales.js';
import { tempDir } from './temp-files.js';

/** The instant most tests live at: Monday 16 March 2026, 10:00 in Helsinki (after both reforms). */
export const TEST_INSTANT = '2026-03-16T08:00:00.000Z';
export const TEST_AUTHOR = 'Testaaja';

export interface TempNetworkOptions {
  /** the Kanta-Häme demo instead of an empty network */
  demo?: boolean;
  dir?: string;
  fileName?: string;
  now?: string | Date;
  name?: LocalizedText;
  region?: string | null;
}

/** A new network file in a temp folder, made by the app's own `createNetworkFile`. */
export async function createTempNetwork(options: TempNetworkOptions = {}): Promise<{ dir: string; file: string }> {
  const dir = options.dir ?? tempDir();
  const file = join(dir, options.fileName ?? (options.demo ? 'esimerkki.kotoverkko' : 'verkosto.kotoverkko'));
  const now = new Date(options.now ?? TEST_INSTANT);
  const name = options.name ?? { fi: 'Testiverkosto', sv: 'Testnätverk', en: 'Test network' };
  await createNetworkFile(file, {
    overwrite: false,
    initialize: (db) =>
      options.demo ? populateDemoNetwork(db, now) : insertNetworkInfo(db, { changedBy: TEST_AUTHOR, now }, name, options.region ?? 'Kanta-Häme', false),
  });
  return { dir, file };
}

/** A copy of a network file in a (new) temp folder: cheaper than building the demo again. */
export function copyNetwork(file: string, dir: string = tempDir()): string {
  const target = join(dir, basename(file));
  copyFileSync(file, target);
  return target;
}

export function openStore(file: string, now: string | Date = TEST_INSTANT): Promise<NetworkStore> {
  return openNetworkFile(file, { backupDirectory: join(dirname(file), 'backups'), now: () => new Date(now) });
}

export function readContext(store: NetworkStore, now: string | Date = TEST_INSTANT, locale: Locale = 'fi'): ReadContext {
  return { db: store.db, today: calendarDateInHelsinki(new Date(now)), locale };
}

/** Runs domain code the way the dispatcher does: inside one write transaction, with an author and a time. */
export function write<T>(
  store: NetworkStore,
  action: (context: WriteContext) => Promise<T>,
  options: { now?: string | Date; changedBy?: string; locale?: Locale } = {},
): Promise<T> {
  const now = new Date(options.now ?? TEST_INSTANT);
  return store.db.transaction().execute((trx) =>
    action({ db: trx, today: calendarDateInHelsinki(now), locale: options.locale ?? 'fi', author: { changedBy: options.changedBy ?? TEST_AUTHOR, now } }),
  );
}
