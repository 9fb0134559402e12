import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTempNetwork, openStore } from '../support/temp-network.js';
import { seededRandom, seedFromEnvironment } from './seeded-random.js';

/**
 * Issue 7, crash safety: a child process writes through the real dispatcher and is killed with
 * SIGKILL at random moments, again and again on the same file. After every kill the app must open
 * the file (a dead writer's hot journal rolled back, never "file in use"), `integrity_check` must
 * be ok and every write the child acknowledged must be there.
 *
 * CRASH_KILLS (default 200) and RELIABILITY_SEED (default: the clock, logged) tune a run.
 */
const KILLS = Number(process.env.CRASH_KILLS ?? 200);
const REPO = resolve(import.meta.dirname, '../..');
const WRITER = join(import.meta.dirname, 'crash-writer.ts');

interface Acknowledged {
  processes: Set<string>;
  actors: Set<string>;
  /** `processId name` */
  nodes: Set<string>;
  /** the last acknowledged cell edit per matrix version */
  cells: Map<string, { rowVersion: number; taskId: string; actorId: string; letter: string | null }>;
}

interface Run {
  lines: string[];
  stderr: string;
  signal: NodeJS.Signals | null;
  code: number | null;
}

/** The writer bundled once: a plain `node` start is twice as quick as compiling TypeScript on every start. */
async function bundleWriter(): Promise<string> {
  const outfile = join(REPO, 'node_modules', '.cache', 'kotoverkko-reliability', 'crash-writer.mjs');
  mkdirSync(join(outfile, '..'), { recursive: true });
  await build({ entryPoints: [WRITER], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'error' });
  return outfile;
}

/** Starts a writer, kills it `delay` ms after its first acknowledged write, and collects what it said. */
function runAndKill(script: string, file: string, tag: string, delayMs: number): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, file, tag], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let armed = false;
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!armed && /^[PANC] /m.test(stdout)) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      // A line without its newline was cut by the kill: not acknowledged.
      const lines = stdout.split('\n').slice(0, -1);
      done({ lines, stderr, signal, code });
    });
  });
}

type JournalState = 'none' | 'hot' | 'stale';

/** SQLite writes the journal's magic only once the journal is synced; until then it is not hot. */
function journalState(file: string): JournalState {
  const journal = `${file}-journal`;
  if (!existsSync(journal)) return 'none';
  const header = readFileSync(journal).subarray(0, 8);
  return header.length === 8 && header.some((byte) => byte !== 0) ? 'hot' : 'stale';
}

function record(acknowledged: Acknowledged, lines: string[]): number {
  let count = 0;
  for (const line of lines) {
    const [kind, ...rest] = line.split(' ');
    if (kind === 'P') acknowledged.processes.add(rest[0]!);
    else if (kind === 'A') acknowledged.actors.add(rest[0]!);
    else if (kind === 'N') acknowledged.nodes.add(rest.join(' '));
    else if (kind === 'C') {
      const [versionId, rowVersion, taskId, actorId, letter] = rest;
      acknowledged.cells.set(versionId!, { rowVersion: Number(rowVersion), taskId: taskId!, actorId: actorId!, letter: letter === '-' ? null : letter! });
    } else continue;
    count++;
  }
  return count;
}

/** Opens the file with the app and checks it whole; returns what it found missing. */
async function verify(file: string, acknowledged: Acknowledged): Promise<string[]> {
  const store = await openStore(file);
  const missing: string[] = [];
  try {
    const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
    expect(integrity.rows.map((row) => row.integrity_check)).toEqual(['ok']);
    const processes = new Set((await store.db.selectFrom('process').select('id').execute()).map((row) => row.id));
    const actors = new Set((await store.db.selectFrom('actor').select('id').execute()).map((row) => row.id));
    const nodes = new Set(
      (await store.db.selectFrom('process_node').select(['process_id', 'name_fi']).execute()).map((row) => `${row.process_id} ${row.name_fi}`),
    );
    for (const id of acknowledged.processes) if (!processes.has(id)) missing.push(`process ${id}`);
    for (const id of acknowledged.actors) if (!actors.has(id)) missing.push(`actor ${id}`);
    for (const node of acknowledged.nodes) if (!nodes.has(node)) missing.push(`step ${node}`);
    for (const [versionId, cell] of acknowledged.cells) {
      const version = await store.db.selectFrom('matrix_version').select('row_version').where('id', '=', versionId).executeTakeFirst();
      if (!version || version.row_version < cell.rowVersion) {
        missing.push(`cells of ${versionId} at version ${cell.rowVersion} (found ${version?.row_version})`);
        continue;
      }
      // No later edit committed: the cell holds exactly the acknowledged letter.
      if (version.row_version === cell.rowVersion) {
        const stored = await store.db
          .selectFrom('matrix_cell')
          .select('letter')
          .where('version_id', '=', versionId)
          .where('task_id', '=', cell.taskId)
          .where('actor_id', '=', cell.actorId)
          .executeTakeFirst();
        if ((stored?.letter ?? null) !== cell.letter) missing.push(`cell ${cell.taskId}/${cell.actorId}: ${stored?.letter} instead of ${cell.letter}`);
      }
    }
  } finally {
    await store.close();
  }
  return missing;
}

describe('crash safety under SIGKILL', () => {
  it(`survives ${KILLS} kills mid-write with every acknowledged write kept`, { timeout: 15 * 60_000 }, async () => {
    const seed = seedFromEnvironment();
    const random = seededRandom(seed);
    console.info(`crash-safety: seed ${seed} (RELIABILITY_SEED=${seed} repeats this run), ${KILLS} kills`);
    const started = Date.now();
    const script = await bundleWriter();
    const { file } = await createTempNetwork({ demo: true });
    const acknowledged: Acknowledged = { processes: new Set(), actors: new Set(), nodes: new Set(), cells: new Map() };
    let writes = 0;
    const journals: Record<JournalState, number> = { none: 0, hot: 0, stale: 0 };

    for (let kill = 1; kill <= KILLS; kill++) {
      const delay = 5 + Math.floor(random() * 146);
      const run = await runAndKill(script, file, `${seed}-${kill}`, delay);
      expect(run.signal, `writer ${kill} must die by the kill, not on its own: ${run.stderr}`).toBe('SIGKILL');
      expect(run.lines[0], `writer ${kill} opened the file (after ${kill - 1} kills): ${run.stderr}`).toBe('ready');
      writes += record(acknowledged, run.lines);
      const leftBehind = journalState(file);
      journals[leftBehind]++;
      const missing = await verify(file, acknowledged);
      expect(missing, `after kill ${kill} (seed ${seed}, delay ${delay} ms)`).toEqual([]);
      // A hot journal was played back and deleted by the open. A stale one (its header never
      // completed, so the file itself was not touched yet) SQLite ignores until the next write.
      expect(journalState(file), `journal after reopening (it was ${leftBehind})`).toBe(leftBehind === 'hot' ? 'none' : leftBehind);
    }

    const seconds = Math.round((Date.now() - started) / 1000);
    const verified = acknowledged.processes.size + acknowledged.actors.size + acknowledged.nodes.size;
    console.info(
      `crash-safety: ${KILLS} kills, ${writes} acknowledged writes (${verified} rows + ${acknowledged.cells.size} matrix checked), ` +
        `journals left by the kills: ${journals.hot} hot (rolled back), ${journals.stale} stale, ${journals.none} none; ${seconds} s, seed ${seed}`,
    );
    expect(writes).toBeGreaterThanOrEqual(KILLS);
  });
});
