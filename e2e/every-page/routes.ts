import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Role = 'affiliate' | 'owner' | 'finance' | 'platformOwner' | 'support';

/**
 * Every signed-in page the router knows, read from its generated route tree (`fullPaths`), so a page added
 * tomorrow is visited without touching this file. Layout-only paths (`/orgs/$orgId` beside `/orgs/$orgId/`)
 * and the index redirect `/` are left out.
 */
export function appRoutes(): string[] {
  const source = readFileSync(join(import.meta.dirname, '../../dashboard/src/routeTree.gen.ts'), 'utf8');
  const block = /fullPaths:\s*((?:\s*\|\s*'[^']*')+)/.exec(source)?.[1];
  if (!block) throw new Error('routeTree.gen.ts has no fullPaths union: has the router changed its output?');
  const all = [...block.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  const withIndex = new Set(all.filter((p) => p.endsWith('/')).map((p) => p.slice(0, -1)));
  return all.filter((p) => p !== '/' && !withIndex.has(p)).map((p) => (p.length > 1 ? p.replace(/\/$/, '') : p));
}

/** The route prefixes each role's pages live under (account pages once, by the affiliate and the owner). */
const AREAS: Record<Role, RegExp> = {
  affiliate: /^\/(account|affiliate)(\/|$)/,
  owner: /^\/(account\/|orgs(\/|$))/,
  finance: /^\/orgs\/\$orgId(\/|$)/,
  platformOwner: /^\/platform(\/|$)/,
  support: /^\/platform(\/|$)/,
};

const OWNERS_ONLY = "owners' and admins' page: finance's navigation does not offer it (its API answers 403)";

/**
 * Pages a role never lands on, with the reason: each redirects, answers for another kind of account, or is
 * left out of the role's navigation. Every other page of the role's area is visited, new ones included.
 */
const SKIPPED: Partial<Record<Role, Record<string, string>>> = {
  affiliate: { '/affiliate/welcome': 'the home of an affiliate the platform has not approved; the demo affiliate is' },
  finance: Object.fromEntries(
    [
      '/orgs/$orgId/getting-started',
      '/orgs/$orgId/apps',
      '/orgs/$orgId/apps/$appId',
      '/orgs/$orgId/invites',
      '/orgs/$orgId/campaigns',
      '/orgs/$orgId/inbox',
      '/orgs/$orgId/domains',
      '/orgs/$orgId/webhooks',
      '/orgs/$orgId/landing-pages/$programId',
    ]
      .map((route) => [route, OWNERS_ONLY])
      .concat([['/orgs/$orgId/imports', "owners' and admins' page: finance's navigation does not offer it"]]),
  ),
};

export type PageToVisit = { route: string; path: string };

/** The role's routes with their params filled in; a param nobody seeded fails loudly, naming the route. */
export function pagesOf(role: Role, params: Record<string, string>): PageToVisit[] {
  return appRoutes()
    .filter((route) => AREAS[role].test(route) && !SKIPPED[role]?.[route])
    .map((route) => ({
      route,
      path: route.replace(/\$(\w+)/g, (_, name: string) => {
        const value = params[name];
        if (!value) throw new Error(`every-page: no value for $${name} of ${route} as ${role}; seed one in demo.ts`);
        return value;
      }),
    }));
}
