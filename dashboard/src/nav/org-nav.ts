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
  // Every role sees the brand (read-only unless owner or admin), as it sees the settings.
  { to: '/orgs/$orgId/brand', labelKey: 'nav.brand' },
  { to: '/orgs/$orgId/plan', labelKey: 'nav.plan' },
  // Only where this installation sells plans; a self-hosted one without Stripe has nothing to show.
  { to: '/orgs/$orgId/billing', labelKey: 'nav.billing', show: (_a, org) => org.billingEnabled },
  // Every role reads programs and affiliates (finance and support included); the pages hide what they cannot change.
  { to: '/orgs/$orgId/programs', labelKey: 'nav.orgPrograms' },
  { to: '/orgs/$orgId/affiliates', labelKey: 'nav.orgAffiliates' },
  { to: '/orgs/$orgId/invites', labelKey: 'nav.invites', show: (a) => a.canManage },
  { to: '/orgs/$orgId/conversions', labelKey: 'nav.conversions' },
  { to: '/orgs/$orgId/conversions/review', labelKey: 'nav.reviewQueue' },
  { to: '/orgs/$orgId/customers', labelKey: 'nav.customers' },
  { to: '/orgs/$orgId/stats', labelKey: 'nav.stats' },
  { to: '/orgs/$orgId/postbacks', labelKey: 'nav.outboundPostbacks' },
  { to: '/orgs/$orgId/domains', labelKey: 'nav.domains', show: (a) => a.canManage },
  { to: '/orgs/$orgId/webhooks', labelKey: 'nav.webhooks', show: (a) => a.canManage || a.readOnly },
];

/** The finance console of the same organization (owner, finance, platform staff). */
export const FINANCE_NAV: OrgNavEntry[] = [
  { to: '/orgs/$orgId/finance/balances', labelKey: 'nav.financeBalances', show: (a) => a.canReadMoney },
  { to: '/orgs/$orgId/finance/payouts', labelKey: 'nav.financePayouts', show: (a) => a.canReadMoney },
  { to: '/orgs/$orgId/finance/ledger', labelKey: 'nav.financeLedger', show: (a) => a.canReadMoney },
  { to: '/orgs/$orgId/finance/statements', labelKey: 'nav.financeStatements', show: (a) => a.canReadMoney },
  { to: '/orgs/$orgId/finance/paypal', labelKey: 'nav.financePaypal', show: (a) => a.canReadMoney },
];
