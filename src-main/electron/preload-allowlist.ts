import type { ApiResponse } from '../api/contract/api-error.js';
import { CONTRACT_METHOD_NAMES } from './contract-method-names.js';

/** The one IPC channel between page and main process; the method name travels as an argument. */
export const IPC_CHANNEL = 'kotoverkko:call';

export type Invoke = (channel: typeof IPC_CHANNEL, method: string, input: unknown) => Promise<unknown>;
export type Bridge = Readonly<Record<string, (input?: unknown) => Promise<ApiResponse>>>;

/**
 * What the page gets as `window.kotoverkko`: one function per contract method and nothing else.
 * Each function knows its own name, passes on only the input (never extra arguments), and the
 * page never sees `ipcRenderer`, the channel or an IPC event. A name outside the contract simply
 * does not exist on the object. The main process checks everything again anyway.
 */
export function buildBridge(invoke: Invoke, names: readonly string[] = CONTRACT_METHOD_NAMES): Bridge {
  const bridge: Record<string, (input?: unknown) => Promise<ApiResponse>> = Object.create(null);
  for (const name of names) {
    bridge[name] = (input?: unknown) => invoke(IPC_CHANNEL, name, input) as Promise<ApiResponse>;
  }
  return Object.freeze(bridge);
}
