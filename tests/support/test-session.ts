import { join } from 'node:path';
import type { ApiError } from '../../src-main/api/contract/api-error.js';
import type { InputOf, MethodName, ResultOf } from '../../src-main/api/contract/index.js';
import { dispatch } from '../../src-main/api/dispatch.js';
import { fixedClock } from '../../src-main/domain/shared/clock.js';
import type { Locale } from '../../src-main/i18n/locales.js';
import { AppSession, type Door } from '../../src-main/session/app-session.js';
import { FolderFileHost } from '../../src-main/session/folder-file-host.js';
import { SettingsStore } from '../../src-main/session/settings-store.js';
import { APP_VERSION } from '../../src-main/app-version.js';
import { expect } from 'vitest';
import { contentHash } from './db-content.js';
import { TEST_AUTHOR, TEST_INSTANT } from './temp-network.js';
import { tempDir } from './temp-files.js';

export interface TestSessionOptions {
  /** the folder the session's file host offers; a new temp folder by default */
  dir?: string;
  now?: string | Date;
  userName?: string;
  locale?: Locale;
  door?: Door;
  /** a network file to open at once */
  open?: string;
}

export type TestClock = ReturnType<typeof fixedClock>;

/**
 * A real session as every door builds one, but everything it keeps (settings in memory, backups,
 * the demo file) lives in a temp folder and time stands still until the test moves it.
 */
export async function createTestSession(options: TestSessionOptions = {}): Promise<{ session: AppSession; clock: TestClock; dir: string }> {
  const dir = options.dir ?? tempDir();
  const clock = fixedClock(options.now ?? TEST_INSTANT);
  const settings = new SettingsStore(null);
  await settings.update({ userName: options.userName ?? TEST_AUTHOR, uiLanguage: options.locale ?? 'fi' });
  const session = new AppSession({
    door: options.door ?? 'cli',
    clock,
    settings,
    fileHost: new FolderFileHost(dir, join(dir, 'demo', 'esimerkkiverkosto.kotoverkko')),
    backupDirectory: join(dir, 'backups'),
    version: APP_VERSION,
  });
  if (options.open) await session.openFile(options.open);
  return { session, clock, dir };
}

/** Calls the contract and insists on success, returning the typed result. */
export async function callOk<M extends MethodName>(session: AppSession, method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const answer = await dispatch(session, method, input);
  if (!answer.ok) throw new Error(`${method} failed: ${answer.error.code}: ${answer.error.message}`);
  return answer.result as ResultOf<M>;
}

/** Calls the contract with anything at all (as an untrusted door would) and insists on a refusal. */
export async function callError(session: AppSession, method: unknown, input: unknown): Promise<ApiError> {
  const answer = await dispatch(session, method, input);
  if (answer.ok) throw new Error(`${String(method)} was expected to fail but answered ${JSON.stringify(answer.result).slice(0, 300)}`);
  return answer.error;
}

/** Calls a method that must be refused, and checks that the refusal left every table exactly as it was. */
export async function callRefusedWithoutWriting(session: AppSession, method: unknown, input: unknown): Promise<ApiError> {
  const db = session.requireNetwork().db;
  const before = await contentHash(db);
  const error = await callError(session, method, input);
  expect(await contentHash(db), `${String(method)} must not write anything when refused`).toBe(before);
  return error;
}
