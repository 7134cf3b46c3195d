import type { OrgNavEntry } from './nav-entry';

/**
 * The advertiser console: pages under /orgs/$orgId/..., linked with the current orgId. Add one line per page,
 * e.g. `{ to: '/orgs/$orgId/apps', labelKey: 'nav.apps', show: (a) => a.canManage || a.readOnly }`; no
 * `show` means every role of the organization may open it.
 */
export const ORG_NAV: OrgNavEntry[] = [
  { to: '/orgs/$orgId', labelKey: 'nav.overview' },
  { to: '/orgs/$orgId/getting-started', labelKey: 'nav.gettingStarted', show: (a) => a.canManage && !a.readOnly },
  { to: '/orgs/$orgId/apps', labelKey: 'nav.apps', show: (a) => a.canManage || a.readOnly },
  { to: '/orgs/$orgId/settings', labelKey: 'nav.settings' },
];

/** The finance console of the same organization (owner, finance, platform staff). */
export const FINANCE_NAV: OrgNavEntry[] = [];
