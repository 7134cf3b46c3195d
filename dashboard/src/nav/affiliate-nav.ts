import type { NavEntry } from './nav-entry';

/** Shown to affiliates: the list of advertisers they work with. */
export const AFFILIATE_NAV: NavEntry[] = [{ to: '/affiliate', labelKey: 'nav.advertisers' }];

/**
 * Shown once an advertiser is selected: pages under /affiliate/$orgId/..., linked with the current orgId.
 * Add one line per affiliate page, e.g. `{ to: '/affiliate/$orgId/links', labelKey: 'nav.links' }`.
 */
export const AFFILIATE_ORG_NAV: NavEntry[] = [];
