import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../src-main/api/contract/index';
import { CONTRACT_METHOD_NAMES } from '../../src-main/electron/contract-method-names';
import { buildBridge, IPC_CHANNEL } from '../../src-main/electron/preload-allowlist';
import { importsOf, resolveRelative, typeOnlyImports } from '../tools/import-graph';

const ROOT = resolve(import.meta.dirname, '..', '..');

function bridgeWithSpy() {
  const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, result: null }));
  return { bridge: buildBridge(invoke), invoke };
}

describe('the preload’s method list', () => {
  it('is exactly the contract’s method names', () => {
    expect([...CONTRACT_METHOD_NAMES].sort()).toEqual([...methodNames].sort());
    expect(new Set(CONTRACT_METHOD_NAMES).size).toBe(CONTRACT_METHOD_NAMES.length);
  });
});

describe('window.kotoverkko', () => {
  it('has one function per contract method and nothing else', () => {
    const { bridge } = bridgeWithSpy();
    expect(Object.keys(bridge).sort()).toEqual([...methodNames].sort());
    for (const name of methodNames) expect(typeof bridge[name]).toBe('function');
  });

  it('sends the method name and the input on the one channel, and nothing more', async () => {
    const { bridge, invoke } = bridgeWithSpy();
    // The page may pass anything; extra arguments (a callback, say) must not travel.
    const call = bridge['actors.get'] as unknown as (...args: unknown[]) => Promise<unknown>;
    await call({ id: 'a1' }, 'extra', () => 'callback');
    expect(invoke.mock.calls).toEqual([[IPC_CHANNEL, 'actors.get', { id: 'a1' }]]);
    expect(IPC_CHANNEL).toBe('kotoverkko:call');
  });

  it('cannot call a name outside the contract', () => {
    const { bridge, invoke } = bridgeWithSpy();
    for (const name of ['db.exec', 'shell.openExternal', 'ipc', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(Object.prototype.hasOwnProperty.call(bridge, name)).toBe(false);
      expect(() => (bridge as unknown as Record<string, () => unknown>)[name]!()).toThrow(TypeError);
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('cannot be extended or rewired by the page', () => {
    const { bridge } = bridgeWithSpy();
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(() => Object.assign(bridge, { 'db.exec': () => null })).toThrow(TypeError);
    expect(() => Object.assign(bridge, { 'app.info': () => null })).toThrow(TypeError);
  });

  it('never exposes ipcRenderer, the invoke function or an IPC event', async () => {
    const { bridge, invoke } = bridgeWithSpy();
    const values = Object.values(bridge);
    expect(values).not.toContain(invoke);
    for (const key of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync', 'postMessage', 'require', 'process']) expect(key in bridge).toBe(false);
    // What the page gets back is invoke's answer (the ApiResponse), not an event.
    await expect(bridge['app.info']!({})).resolves.toEqual({ ok: true, result: null });
  });
});

describe('the preload bundle', () => {
  it('imports only electron and the two small files beside it (no contract, no zod, no Node)', () => {
    const seen = new Set<string>();
    const external = new Set<string>();
    const queue = [resolve(ROOT, 'src-main/electron/preload.ts')];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const typeOnly = typeOnlyImports(file);
      for (const specifier of importsOf(file)) {
        if (typeOnly.has(specifier)) continue;
        const target = resolveRelative(file, specifier);
        if (target) queue.push(target);
        else external.add(specifier);
      }
    }
    expect([...external]).toEqual(['electron']);
    expect([...seen].map((file) => file.slice(ROOT.length + 1)).sort()).toEqual([
      'src-main/electron/contract-method-names.ts',
      'src-main/electron/preload-allowlist.ts',
      'src-main/electron/preload.ts',
    ]);
  });

  it.runIf(existsSync(resolve(ROOT, 'out/preload/index.cjs')))('as built, requires nothing but electron', () => {
    const built = readFileSync(resolve(ROOT, 'out/preload/index.cjs'), 'utf8');
    expect([...built.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1])).toEqual(['electron']);
    // A sandboxed preload is a classic script: no ES module syntax, no dynamic import.
    expect(built).not.toMatch(/^\s*(import|export)\s/m);
    expect(built).not.toMatch(/\bimport\(/);
  });
});
