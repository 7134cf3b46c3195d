import type { NavEntry } from './nav-entry';

/** Shown to affiliates: pages across every advertiser. */
export const AFFILIATE_NAV: NavEntry[] = [{ to: '/affiliate/marketplace', labelKey: 'nav.marketplace' }];

/**
 * Shown once an advertiser is selected: pages under /affiliate/$orgId/..., linked with the current orgId.
 * Add one line per affiliate page, e.g. `{ to: '/affiliate/$orgId/links', labelKey: 'nav.links' }`.
 */
export const AFFILIATE_ORG_NAV: NavEntry[] = [
  { to: '/affiliate/$orgId/programs', labelKey: 'nav.programs' },
  { to: '/affiliate/$orgId/links', labelKey: 'nav.links' },
];
