import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findElectronBinary } from '../electron/electron-binary.js';
import {
  browserHostArgs,
  decideStartMode,
  downloadBlockedBy,
  electronArgs,
  failedToStart,
  fallbackLine,
  hasDisplay,
  type StartFacts,
  StartUsageError,
  startRequestFrom,
} from '../electron/start-mode.js';
import { ensureBuilt, PROJECT_ROOT } from '../host/renderer-build.js';
import { serve } from '../host/serve.js';

/**
 * `npm start [-- <file.kotoverkko>]`: the desktop app on the demo network (or the given file).
 * Where Electron cannot run (binary missing and not downloadable, no display, it dies at once),
 * one line on stderr says why and the browser host starts instead, printing its usual URL line.
 */
const DOWNLOAD_TIMEOUT_MS = 60_000;
const electronPackageDir = join(PROJECT_ROOT, 'node_modules', 'electron');
const installer = join(electronPackageDir, 'install.js');

let request: { file: string | null };
try {
  request = startRequestFrom(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
} catch (error) {
  if (!(error instanceof StartUsageError)) throw error;
  process.stderr.write(`Kotoverkko: ${error.message}\n`);
  process.exit(2);
}

try {
  ensureBuilt();
} catch (error) {
  process.stderr.write(`Kotoverkko: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const mode = decideStartMode(await startFacts());
if (mode.mode === 'electron') runElectron(mode.binaryPath);
// After the one download attempt the decision is never "download" again.
else await startBrowserHost(mode.mode === 'browser' ? mode.reason : 'its binary is missing');

async function startFacts(): Promise<StartFacts> {
  const facts: StartFacts = {
    ...binaryFacts(),
    hasDisplay: hasDisplay(process.platform, process.env),
    downloadBlockedBy: downloadBlockedBy(process.env, existsSync(installer)),
  };
  if (decideStartMode(facts).mode !== 'download') return facts;
  // One attempt, bounded: the electron package's own installer, its chatter kept off the terminal.
  process.stderr.write('Kotoverkko: downloading Electron (once, at most 60 s)…\n');
  const result = spawnSync(process.execPath, [installer], { cwd: PROJECT_ROOT, timeout: DOWNLOAD_TIMEOUT_MS, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const failure = result.error
    ? result.error.message
    : result.status !== 0
      ? (firstErrorLine(result.stderr) ?? `installer exited with ${result.status}`)
      : null;
  return { ...facts, ...binaryFacts(), downloadFailure: failure };
}

function binaryFacts(): Pick<StartFacts, 'binaryPath' | 'binaryLookedAt'> {
  const found = findElectronBinary({ electronPackageDir, env: process.env, platform: process.platform });
  return { binaryPath: found.path, binaryLookedAt: found.lookedAt };
}

function firstErrorLine(output: string): string | null {
  return output.split('\n').map((line) => line.trim()).find((line) => line !== '' && !line.startsWith('at ')) ?? null;
}

function runElectron(binaryPath: string): void {
  const env = { ...process.env };
  // Set by some tools; it would make the binary behave as plain Node instead of opening a window.
  delete env.ELECTRON_RUN_AS_NODE;
  const startedAt = Date.now();
  const child = spawn(binaryPath, electronArgs(PROJECT_ROOT, request), { cwd: PROJECT_ROOT, stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  let fellBack = false;
  const fallBack = (reason: string) => {
    if (fellBack) return;
    fellBack = true;
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
    void startBrowserHost(reason);
  };
  child.once('error', (error) => fallBack(`it could not be started: ${error.message}`));
  child.once('exit', (code, signal) => {
    if (fellBack) return;
    if (failedToStart({ code, signal, runtimeMs: Date.now() - startedAt })) fallBack(`it exited with code ${code} right after starting`);
    else process.exit(code ?? 0);
  });
}

async function startBrowserHost(reason: string): Promise<void> {
  process.stderr.write(`${fallbackLine(reason)}\n`);
  await serve(browserHostArgs(request));
}
