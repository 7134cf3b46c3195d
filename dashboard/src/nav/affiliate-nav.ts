import type { NavEntry } from './nav-entry';

/** Shown to affiliates: pages across every advertiser. */
export const AFFILIATE_NAV: NavEntry[] = [
  { to: '/affiliate', labelKey: 'nav.home' },
  { to: '/affiliate/marketplace', labelKey: 'nav.marketplace' },
  { to: '/affiliate/balances', labelKey: 'nav.balances' },
  { to: '/affiliate/payouts', labelKey: 'nav.payouts' },
  { to: '/affiliate/postback', labelKey: 'nav.postback' },
  { to: '/affiliate/recruit', labelKey: 'nav.recruit', platformOnly: true },
  { to: '/affiliate/webhooks', labelKey: 'nav.webhooks' },
];

/**
 * Shown once an advertiser is selected: pages under /affiliate/$orgId/..., linked with the current orgId.
 * Add one line per affiliate page, e.g. `{ to: '/affiliate/$orgId/links', labelKey: 'nav.links' }`.
 */
export const AFFILIATE_ORG_NAV: NavEntry[] = [
  { to: '/affiliate/$orgId/stats', labelKey: 'nav.stats' },
  { to: '/affiliate/$orgId/programs', labelKey: 'nav.programs' },
  { to: '/affiliate/$orgId/links', labelKey: 'nav.links' },
  { to: '/affiliate/$orgId/conversions', labelKey: 'nav.conversions' },
  { to: '/affiliate/$orgId/customers', labelKey: 'nav.customers' },
];
