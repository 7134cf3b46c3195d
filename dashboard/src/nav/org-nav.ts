import type { OrgNavEntry } from './nav-entry';

/**
 * The advertiser console: pages under /orgs/$orgId/..., linked with the current orgId. Add one line per page,
 * e.g. `{ to: '/orgs/$orgId/apps', labelKey: 'nav.apps', show: (a) => a.canManage || a.readOnly }`; no
 * `show` means every role of the organization may open it.
 */
export const ORG_NAV: OrgNavEntry[] = [
  // Every role reads programs and affiliates (finance and support included); the pages hide what they cannot change.
  { to: '/orgs/$orgId/programs', labelKey: 'nav.orgPrograms' },
  { to: '/orgs/$orgId/affiliates', labelKey: 'nav.orgAffiliates' },
];

/** The finance console of the same organization (owner, finance, platform staff). */
export const FINANCE_NAV: OrgNavEntry[] = [];
