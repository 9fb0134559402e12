import type { ApiError, ApiResponse } from '../../src-main/api/contract/api-error';
import type { InputOf, MethodName, ResultOf } from '../../src-main/api/contract/index';

/**
 * The page's only way to the core. In Electron the preload exposes one function per contract
 * method on `window.kotoverkko`; on the browser host the same calls go to `POST /api/<method>`
 * with the per-start token the host printed in its URL.
 */
type Bridge = Record<string, (input: unknown) => Promise<ApiResponse>>;

declare global {
  interface Window {
    kotoverkko?: Bridge;
  }
}

export class ApiCallError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
    this.name = 'ApiCallError';
  }
}

const TOKEN_KEY = 'kotoverkko.token';

/** Takes the token from the address once, keeps it for reloads, and removes it from the address bar. */
function browserToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

// Read at load, before anything else can see the address bar.
const token: string | null = typeof window !== 'undefined' && !window.kotoverkko ? browserToken() : null;

async function send(method: MethodName, input: unknown): Promise<ApiResponse> {
  const bridge = window.kotoverkko;
  if (bridge) {
    const bridged = bridge[method];
    if (!bridged) throw new Error(`Method not exposed by the preload: ${method}`);
    return bridged(input);
  }
  const response = await fetch(`/api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input ?? {}),
  });
  return (await response.json()) as ApiResponse;
}

export async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const response = await send(method, input);
  if (!response.ok) throw new ApiCallError(response.error);
  return response.result as ResultOf<M>;
}

/** Fetches a file the browser host offers (an export), with the session token. */
export async function fetchHostFile(url: string): Promise<Blob> {
  const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`Download failed: ${response.status}`);
  return response.blob();
}
