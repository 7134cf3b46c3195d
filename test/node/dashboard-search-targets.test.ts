import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { components } from '../../dashboard/src/lib/api/schema.gen';
import { type SearchAudience, searchHitTarget } from '../../dashboard/src/nav/search-hit-target';

type SearchHit = components['schemas']['SearchHit'];

// The router's own list of paths: a hit must open a page that exists.
const routeTree = readFileSync(resolve(__dirname, '../../dashboard/src/routeTree.gen.ts'), 'utf8');
const exists = (to: string) => routeTree.includes(`'${to}': typeof`);

const ORG = '01900000-0000-7000-8000-000000000001';
const ID = '01900000-0000-7000-8000-000000000002';
const hit = (kind: SearchHit['kind'], params: Partial<SearchHit['params']> = {}): SearchHit => ({
  kind,
  id: ID,
  label: 'x',
  sublabel: null,
  params: { orgId: ORG, ...params },
});

const CASES: [SearchAudience, SearchHit, string, Record<string, string>?][] = [
  ['organization', hit('app', { appId: ID }), '/orgs/$orgId/apps/$appId'],
  ['organization', hit('program', { programId: ID }), '/orgs/$orgId/programs/$programId'],
  ['organization', hit('affiliate', { enrollmentId: ID }), '/orgs/$orgId/affiliates/$enrollmentId'],
  ['organization', hit('link', { enrollmentId: ID }), '/orgs/$orgId/affiliates/$enrollmentId'],
  ['organization', hit('conversion', { conversionId: ID }), '/orgs/$orgId/conversions/$conversionId'],
  ['organization', hit('click', { conversionId: ID }), '/orgs/$orgId/conversions/$conversionId'],
  ['organization', hit('click', { programId: ID }), '/orgs/$orgId/stats', { program: ID }],
  ['platform', hit('organization'), '/orgs/$orgId'],
  ['affiliate', hit('program', { programId: ID }), '/affiliate/$orgId/programs/$programId'],
  ['affiliate', hit('link', { linkId: ID }), '/affiliate/$orgId/links/$linkId'],
  ['affiliate', hit('conversion', { conversionId: ID }), '/affiliate/$orgId/conversions/$conversionId'],
  ['affiliate', hit('click', { clickId: ID }), '/affiliate/$orgId/stats', { clickId: ID }],
];

describe('search hits open their pages', () => {
  test.each(CASES)('%s %o → %s', (audience, searchHit, to, search) => {
    const target = searchHitTarget(audience, searchHit);
    expect(target.to).toBe(to);
    expect(exists(target.to), `${target.to} is a route`).toBe(true);
    // Every $param of the path is given.
    for (const param of target.to.match(/\$\w+/g) ?? [])
      expect(target.params[param.slice(1)]).toBe(param === '$orgId' ? ORG : ID);
    if (search) expect(target.search).toEqual(search);
  });
  test('the route check can fail', () => expect(exists('/orgs/$orgId/no-such-page')).toBe(false));
});
