import { useEffect, useState } from 'react';

/** The pages of the app and their addresses (hash routing: works from any static server, offline). */
export type Route =
  | { page: 'home' }
  | { page: 'new' }
  | { page: 'debrief'; id: string; step: number }
  | { page: 'check'; id: string }
  | { page: 'plan'; id: string }
  | { page: 'drafts'; id: string; type: string | null }
  | { page: 'outcome'; id: string }
  | { page: 'journal' }
  | { page: 'not-found' };

/**
 * Reads a hash such as `#/interviews/k3f9/plan` as a route.
 *
 * @example
 * parseRoute('#/interviews/abc/debrief/2'); // { page: 'debrief', id: 'abc', step: 2 }
 */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, id, sub, extra] = parts;
  if (parts.length === 0) return { page: 'home' };
  if (first === 'new' && parts.length === 1) return { page: 'new' };
  if (first === 'journal' && parts.length === 1) return { page: 'journal' };
  if (first === 'interviews' && id) {
    if (sub === 'debrief') return { page: 'debrief', id, step: Math.max(1, Number(extra) || 1) };
    if (sub === 'check') return { page: 'check', id };
    if (sub === 'plan' || sub === undefined) return { page: 'plan', id };
    if (sub === 'drafts') return { page: 'drafts', id, type: extra ?? null };
    if (sub === 'outcome') return { page: 'outcome', id };
  }
  return { page: 'not-found' };
}

/** The address of a route, for links. */
export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'new':
      return '#/new';
    case 'journal':
      return '#/journal';
    case 'debrief':
      return `#/interviews/${encodeURIComponent(route.id)}/debrief/${route.step}`;
    case 'drafts':
      return `#/interviews/${encodeURIComponent(route.id)}/drafts${route.type ? `/${route.type}` : ''}`;
    case 'not-found':
      return '#/';
    default:
      return `#/interviews/${encodeURIComponent(route.id)}/${route.page}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

/** The current route, updated on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
