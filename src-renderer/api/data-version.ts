import { useSyncExternalStore } from 'react';

/**
 * A counter that moves on every successful write, so every screen showing data loads it again
 * (e.g. the actor list after "undo" in a notification that outlived the detail screen).
 */
let version = 0;
const listeners = new Set<() => void>();

export function dataChanged(): void {
  version += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDataVersion(): number {
  return useSyncExternalStore(subscribe, () => version);
}
