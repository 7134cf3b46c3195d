import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { orgAccess, type TenantRole } from '../../dashboard/src/lib/access/org-access';
import type { components } from '../../dashboard/src/lib/api/schema.gen';
import { ACCOUNT_NAV } from '../../dashboard/src/nav/account-nav';
import { ACCOUNT_STATUS_NAV, AFFILIATE_NAV, AFFILIATE_ORG_NAV } from '../../dashboard/src/nav/affiliate-nav';
import { buildNav, type NavContext, navLinks } from '../../dashboard/src/nav/build-nav';
import { navAdvertiser } from '../../dashboard/src/nav/nav-advertiser';
import { NAV_GROUPS } from '../../dashboard/src/nav/nav-groups';
import { ORG_NAV } from '../../dashboard/src/nav/org-nav';
import { PLATFORM_NAV } from '../../dashboard/src/nav/platform-nav';

type Profile = components['schemas']['Profile'];
type Organization = components['schemas']['Organization'];

const locale = (language: 'en' | 'ru') =>
  JSON.parse(readFileSync(resolve(__dirname, `../../dashboard/src/locales/${language}/nav.json`), 'utf8')) as Record<
    string,
    unknown
  >;
const LOCALES = { en: locale('en'), ru: locale('ru') };
const text = (language: 'en' | 'ru', key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], LOCALES[language]);

const ORG_ID = '01900000-0000-7000-8000-000000000001';
const organization = { id: ORG_ID, name: 'Acme', billingEnabled: true } as Organization;
const nobody: NavContext['me'] = {
  platformRole: 'none',
  approvedAffiliate: false,
  affiliateContexts: [],
  affiliateReview: null,
};
const inOrg = (role: TenantRole, platformRole: Profile['platformRole'] = 'none'): NavContext => ({
  me: { ...nobody, platformRole },
  onPortal: false,
  org: { access: orgAccess(role), organization },
});

/** Each role in the place it works: members and staff in an organization's console, the affiliate with an advertiser. */
const ROLES: Record<string, NavContext> = {
  affiliate: {
    me: { ...nobody, approvedAffiliate: true, affiliateContexts: [{ organizationId: ORG_ID, name: 'Acme' } as never] },
    onPortal: false,
    advertiser: { organizationId: ORG_ID, name: 'Acme' },
  },
  owner: inOrg('owner'),
  admin: inOrg('admin'),
  finance: inOrg('finance'),
  support: inOrg('support', 'support'),
  platformOwner: inOrg('platform_staff', 'platform_owner'),
};

const ALL_ENTRIES = [
  ...ACCOUNT_NAV,
  ACCOUNT_STATUS_NAV,
  ...AFFILIATE_NAV,
  ...AFFILIATE_ORG_NAV,
  ...ORG_NAV,
  ...PLATFORM_NAV,
];
const labelsOf = (context: NavContext) => navLinks(buildNav(context)).map((link) => text('en', link.entry.labelKey));
const pathsOf = (context: NavContext) => navLinks(buildNav(context)).map((link) => link.entry.to);

describe('navigation definitions', () => {
  test('every entry has an icon, a known group and a label in English and Russian', () => {
    for (const entry of ALL_ENTRIES) {
      expect(entry.icon, entry.to).toBeTruthy();
      expect(Object.keys(NAV_GROUPS), entry.to).toContain(entry.group);
      for (const language of ['en', 'ru'] as const)
        expect(typeof text(language, entry.labelKey), `${language} ${entry.labelKey}`).toBe('string');
    }
    for (const group of Object.values(NAV_GROUPS))
      for (const language of ['en', 'ru'] as const)
        expect(typeof text(language, group.labelKey), `${language} ${group.labelKey}`).toBe('string');
  });

  test.each(Object.entries(ROLES))('%s sees each page once, under a label of its own', (_role, context) => {
    const paths = pathsOf(context);
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((path, i) => paths.indexOf(path) !== i)).toEqual([]);
    const labels = labelsOf(context);
    expect(labels.filter((label, i) => labels.indexOf(label) !== i)).toEqual([]);
  });

  test('each role sees what it can use', () => {
    const finance = '/orgs/$orgId/finance/balances';
    expect(pathsOf(ROLES.owner!)).toEqual(
      expect.arrayContaining([finance, '/orgs/$orgId/getting-started', '/account/security']),
    );
    expect(pathsOf(ROLES.admin!)).not.toContain(finance);
    expect(pathsOf(ROLES.finance!)).toContain(finance);
    expect(pathsOf(ROLES.finance!)).not.toContain('/orgs/$orgId/apps');
    // Support reads everything of the organization but starts nothing, and has its own console.
    expect(pathsOf(ROLES.support!)).toEqual(expect.arrayContaining([finance, '/orgs/$orgId/apps', '/platform/ledger']));
    expect(pathsOf(ROLES.support!)).not.toContain('/orgs/$orgId/getting-started');
    expect(pathsOf(ROLES.affiliate!)).toEqual(
      expect.arrayContaining(['/affiliate/$orgId/links', '/affiliate/balances']),
    );
    expect(pathsOf(ROLES.affiliate!).filter((path) => path.startsWith('/orgs/$orgId'))).toEqual([]);
    expect(pathsOf(ROLES.affiliate!).filter((path) => path.startsWith('/platform'))).toEqual([]);
  });

  test('a white-label portal leaves out the platform’s own pages', () => {
    const onPortal = { ...ROLES.affiliate!, onPortal: true };
    expect(pathsOf(ROLES.affiliate!)).toContain('/affiliate/recruit');
    expect(pathsOf(onPortal)).not.toContain('/affiliate/recruit');
  });

  test('groups keep the NAV_GROUPS order and drop when empty; the advertiser group carries its name', () => {
    const groups = buildNav(ROLES.owner!).map((group) => group.id);
    expect(groups).toEqual([
      'orgHome',
      'partners',
      'conversions',
      'reports',
      'money',
      'integrations',
      'organization',
      'account',
    ]);
    const affiliate = buildNav(ROLES.affiliate!);
    expect(affiliate.find((group) => group.id === 'advertiser')?.title).toBe('Acme');
  });
});

describe('the advertiser the affiliate navbar offers', () => {
  const acme = { organizationId: 'acme-id', name: 'Acme' };
  const kan = { organizationId: 'kan-id', name: 'KanGrow' };

  test('is the page’s advertiser inside it, and across advertisers the last one worked with, else the first', () => {
    expect(navAdvertiser([acme, kan], 'kan-id', 'acme-id')).toEqual(kan);
    // Home, Balances, Payouts: no advertiser in the URL, yet its pages stay reachable.
    expect(navAdvertiser([acme, kan], undefined, 'kan-id')).toEqual(kan);
    expect(navAdvertiser([acme, kan], undefined, null)).toEqual(acme);
    // An advertiser left since is not offered.
    expect(navAdvertiser([acme], undefined, 'kan-id')).toEqual(acme);
    expect(navAdvertiser([], undefined, 'kan-id')).toBeUndefined();
    expect(navAdvertiser([acme], 'someone-else', null)).toBeUndefined();
  });
});
