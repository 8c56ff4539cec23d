import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from './router';

describe('routes', () => {
  const routes: Route[] = [
    { page: 'home' },
    { page: 'new' },
    { page: 'journal' },
    { page: 'debrief', id: 'k3f9x2qa', step: 3 },
    { page: 'check', id: 'k3f9x2qa' },
    { page: 'plan', id: 'k3f9x2qa' },
    { page: 'drafts', id: 'k3f9x2qa', type: 'recovery-email' },
    { page: 'drafts', id: 'k3f9x2qa', type: null },
    { page: 'outcome', id: 'k3f9x2qa' },
  ];

  it.each(routes.map((r) => [hrefOf(r), r] as const))(
    'reads %s back as the route it was made from',
    (href, route) => {
      expect(parseRoute(href)).toEqual(route);
    },
  );

  it.each(['#/nowhere', '#/interviews', '#/interviews/x/unknown'])(
    'sends an unknown address %s to not-found',
    (hash) => {
      expect(parseRoute(hash)).toEqual({ page: 'not-found' });
    },
  );

  it('treats a bad step number as the first step', () => {
    expect(parseRoute('#/interviews/abc/debrief/zero')).toEqual({ page: 'debrief', id: 'abc', step: 1 });
  });
});
