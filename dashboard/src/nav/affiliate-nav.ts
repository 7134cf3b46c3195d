import type { NavEntry } from './nav-entry';

/** Shown to affiliates: the list of advertisers they work with. */
export const AFFILIATE_NAV: NavEntry[] = [
  { to: '/affiliate', labelKey: 'nav.advertisers' },
  { to: '/affiliate/balances', labelKey: 'nav.balances' },
  { to: '/affiliate/payouts', labelKey: 'nav.payouts' },
  { to: '/affiliate/postback', labelKey: 'nav.postback' },
];

/**
 * Shown once an advertiser is selected: pages under /affiliate/$orgId/..., linked with the current orgId.
 * Add one line per affiliate page, e.g. `{ to: '/affiliate/$orgId/links', labelKey: 'nav.links' }`.
 */
export const AFFILIATE_ORG_NAV: NavEntry[] = [
  { to: '/affiliate/$orgId/stats', labelKey: 'nav.stats' },
  { to: '/affiliate/$orgId/conversions', labelKey: 'nav.conversions' },
];
