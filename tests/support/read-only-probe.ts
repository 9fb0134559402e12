/**
 * Run as a child process (possibly as another user, see open-refusals.test.ts):
 * `node --import tsx tests/support/read-only-probe.ts <network file> <folder>`.
 * Opens the file through a real session and prints what the app made of it as one JSON line.
 */
import { dispatch } from '../../src-main/api/dispatch.js';
import { createTestSession } from './test-session.js';

const [file, dir] = process.argv.slice(2);
if (!file || !dir) throw new Error('usage: read-only-probe.ts <file> <folder>');

const { session } = await createTestSession({ dir, open: file });
const current = await dispatch(session, 'files.current', {});
const list = await dispatch(session, 'actors.list', {});
const create = await dispatch(session, 'actors.create', {
  name: { fi: 'Uusi toimija', sv: null, en: null },
  type: 'ngo',
  isPublicAuthority: false,
});
await session.closeFile();
process.stdout.write(
  `${JSON.stringify({
    uid: process.getuid?.() ?? null,
    readOnly: current.ok ? (current.result as { readOnly: boolean } | null)?.readOnly : null,
    actorCount: list.ok ? (list.result as unknown[]).length : null,
    createError: create.ok ? null : { code: create.error.code, message: create.error.message },
  })}\n`,
);
