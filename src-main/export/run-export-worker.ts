import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../domain/shared/app-error.js';
import type { ExportJob, ExportReply } from './export-job.js';

/** The build's second entry (electron.vite.config.ts), beside out/main/index.js. Not a literal in
 * `new URL(…)`, so the bundler leaves it alone instead of looking for it as an asset. */
const BUILT_WORKER = './export-worker.js';

/** A document that takes longer than this has gone wrong (a real one takes seconds). */
const TIME_LIMIT_MS = 5 * 60_000;

/**
 * Runs one export in a fresh worker thread and returns the file's bytes. From the sources (tsx,
 * the tests) the worker is `export-worker.ts`, started through tsx; from the electron-vite build
 * it is `export-worker.js` beside the main bundle (a second entry of the build, see
 * electron.vite.config.ts).
 */
export function runExportWorker(job: ExportJob): Promise<Uint8Array> {
  const fromSources = import.meta.url.endsWith('.ts');
  const worker = fromSources ? new Worker(sourcesBootstrap()) : new Worker(new URL(BUILT_WORKER, import.meta.url));
  return new Promise<Uint8Array>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('the export took too long')), TIME_LIMIT_MS);
    let settled = false;
    /** One answer per job, given only once the thread is gone: no worker outlives its export. */
    const settle = (answer: () => void) => {
      settled = true;
      clearTimeout(timer);
      worker.terminate().then(answer, answer);
    };
    function fail(error: unknown) {
      if (settled) return;
      const failure = new AppError('export_failed', { detail: (error instanceof Error ? error.message : String(error)).slice(0, 300) });
      settle(() => reject(failure));
    }
    worker.once('message', (reply: ExportReply) => {
      if (!reply.ok) return fail(new Error(reply.message));
      if (settled) return;
      // a reply without bytes is a worker gone wrong, not an empty document
      if (!(reply.bytes instanceof Uint8Array) || reply.bytes.byteLength === 0) return fail(new Error('the export worker sent no document'));
      settle(() => resolve(reply.bytes));
    });
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`the export worker stopped (${code})`)));
    worker.postMessage(job);
  });
}

/**
 * From the sources the worker starts with a two-line module that registers tsx and then imports
 * the TypeScript entry: a worker does not inherit tsx from its parent, and on Node 20 `--import`
 * in its execArgv comes too late for its own entry file.
 */
function sourcesBootstrap(): URL {
  const tsxFolder = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  // tsx's `tsx/esm/api` export, by its file: a data: module cannot resolve a package name
  const api = pathToFileURL(join(tsxFolder, 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = new URL('./export-worker.ts', import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(api)};\nregister();\nawait import(${JSON.stringify(entry)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
