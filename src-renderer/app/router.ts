import { useSyncExternalStore } from 'react';

/**
 * A hash router: `#/actors`, `#/actors/<id>`, … A browser-history router would break under the
 * custom protocol Electron loads the page from, and the hash keeps the browser host's URL simple.
 */
export const PLACEHOLDER_AREAS = ['preparedness', 'pilots'] as const;
export type PlaceholderArea = (typeof PLACEHOLDER_AREAS)[number];

export type Route =
  | { name: 'home' }
  | { name: 'actors' }
  | { name: 'actor'; id: string }
  | { name: 'processes' }
  | { name: 'process'; id: string }
  | { name: 'matrices' }
  | { name: 'matrix'; id: string; versionId?: string }
  | { name: 'meetings' }
  | { name: 'meeting'; id: string }
  | { name: 'workingGroups' }
  | { name: 'actionItems' }
  | { name: 'actionPlan' }
  | { name: 'placeholder'; area: PlaceholderArea }
  | { name: 'settings' }
  | { name: 'notFound' };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { name: 'home' };
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, ...rest] = parts;
  if (first === 'matrices' && second && rest.length <= 1) return rest[0] ? { name: 'matrix', id: second, versionId: rest[0] } : { name: 'matrix', id: second };
  if (rest.length > 0) return { name: 'notFound' };
  if (first === 'processes') return second ? { name: 'process', id: second } : { name: 'processes' };
  if (first === 'matrices') return { name: 'matrices' };
  if (first === 'actors') return second ? { name: 'actor', id: second } : { name: 'actors' };
  if (first === 'meetings') return second ? { name: 'meeting', id: second } : { name: 'meetings' };
  if (second) return { name: 'notFound' };
  if (first === 'settings') return { name: 'settings' };
  if (first === 'action-items') return { name: 'actionItems' };
  if (first === 'action-plan') return { name: 'actionPlan' };
  if (first === 'working-groups') return { name: 'workingGroups' };
  if ((PLACEHOLDER_AREAS as readonly string[]).includes(first ?? '')) return { name: 'placeholder', area: first as PlaceholderArea };
  return { name: 'notFound' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'actors':
      return '#/actors';
    case 'actor':
      return `#/actors/${encodeURIComponent(route.id)}`;
    case 'processes':
      return '#/processes';
    case 'process':
      return `#/processes/${encodeURIComponent(route.id)}`;
    case 'matrices':
      return '#/matrices';
    case 'matrix':
      return `#/matrices/${encodeURIComponent(route.id)}${route.versionId ? `/${encodeURIComponent(route.versionId)}` : ''}`;
    case 'meetings':
      return '#/meetings';
    case 'meeting':
      return `#/meetings/${encodeURIComponent(route.id)}`;
    case 'workingGroups':
      return '#/working-groups';
    case 'actionItems':
      return '#/action-items';
    case 'actionPlan':
      return '#/action-plan';
    case 'placeholder':
      return `#/${route.area}`;
    case 'settings':
      return '#/settings';
    case 'notFound':
      return '#/';
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The current hash; components re-render when it changes. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, currentHash);
}
