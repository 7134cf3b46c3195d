import {
  IconAdjustments,
  IconApps,
  IconBrush,
  IconBrandPaypal,
  IconBrandStripe,
  IconGift,
  IconCash,
  IconChartLine,
  IconChecklist,
  IconCreditCard,
  IconUserDollar,
  IconFileCertificate,
  IconFileImport,
  IconFileInvoice,
  IconGauge,
  IconInbox,
  IconLayoutDashboard,
  IconListCheck,
  IconMailForward,
  IconMessages,
  IconPalette,
  IconReceipt,
  IconRocket,
  IconScale,
  IconSend,
  IconSpeakerphone,
  IconUsers,
  IconWebhook,
  IconTransfer,
  IconWorld,
} from '@tabler/icons-react';
import type { OrgNavEntry } from './nav-entry';

const money = { group: 'money', show: (a) => a.canReadMoney } as const satisfies Pick<OrgNavEntry, 'group' | 'show'>;

/**
 * The advertiser console: pages under /orgs/$orgId/..., linked with the current orgId. Add one line per page,
 * e.g. `{ to: '/orgs/$orgId/apps', labelKey: 'nav.apps', icon: IconApps, group: 'integrations', show: … }`; no
 * `show` means every role of the organization may open it.
 */
export const ORG_NAV: OrgNavEntry[] = [
  { to: '/orgs/$orgId', labelKey: 'nav.overview', icon: IconLayoutDashboard, group: 'orgHome' },
  {
    to: '/orgs/$orgId/getting-started',
    labelKey: 'nav.gettingStarted',
    icon: IconRocket,
    group: 'orgHome',
    show: (a) => a.canManage && !a.readOnly,
  },
  // Every role reads programs and affiliates (finance and support included); the pages hide what they cannot change.
  { to: '/orgs/$orgId/programs', labelKey: 'nav.orgPrograms', icon: IconSpeakerphone, group: 'partners' },
  { to: '/orgs/$orgId/affiliates', labelKey: 'nav.orgAffiliates', icon: IconUsers, group: 'partners' },
  {
    to: '/orgs/$orgId/invites',
    labelKey: 'nav.invites',
    icon: IconMailForward,
    group: 'partners',
    show: (a) => a.canManage,
  },
  {
    to: '/orgs/$orgId/campaigns',
    labelKey: 'nav.campaigns',
    icon: IconMessages,
    group: 'partners',
    show: (a) => a.canManage,
  },
  // Every role reads the editions and their numbers; only owners and admins decide on them.
  { to: '/orgs/$orgId/editions', labelKey: 'nav.editions', icon: IconBrush, group: 'partners' },
  // Owners and admins keep the inbox; platform staff read it under the advertiser's support-access grant.
  {
    to: '/orgs/$orgId/inbox',
    labelKey: 'nav.inbox',
    icon: IconInbox,
    group: 'partners',
    badge: 'unreadMessages',
    show: (a) => a.canManage || a.readOnly,
  },
  { to: '/orgs/$orgId/conversions', labelKey: 'nav.conversions', icon: IconReceipt, group: 'conversions' },
  { to: '/orgs/$orgId/conversions/review', labelKey: 'nav.reviewQueue', icon: IconChecklist, group: 'conversions' },
  { to: '/orgs/$orgId/customers', labelKey: 'nav.customers', icon: IconUserDollar, group: 'conversions' },
  { to: '/orgs/$orgId/stats', labelKey: 'nav.stats', icon: IconChartLine, group: 'reports' },
  // The finance console of the same organization (owner, finance, platform staff).
  { to: '/orgs/$orgId/finance/balances', labelKey: 'nav.financeBalances', icon: IconScale, ...money },
  { to: '/orgs/$orgId/finance/payouts', labelKey: 'nav.financePayouts', icon: IconCash, ...money },
  { to: '/orgs/$orgId/finance/ledger', labelKey: 'nav.financeLedger', icon: IconListCheck, ...money },
  { to: '/orgs/$orgId/finance/statements', labelKey: 'nav.financeStatements', icon: IconFileInvoice, ...money },
  { to: '/orgs/$orgId/finance/paypal', labelKey: 'nav.financePaypal', icon: IconBrandPaypal, ...money },
  { to: '/orgs/$orgId/finance/stripe', labelKey: 'nav.financeStripe', icon: IconBrandStripe, ...money },
  { to: '/orgs/$orgId/finance/tremendous', labelKey: 'nav.financeTremendous', icon: IconGift, ...money },
  { to: '/orgs/$orgId/finance/wise', labelKey: 'nav.financeWise', icon: IconTransfer, ...money },
  { to: '/orgs/$orgId/finance/tax', labelKey: 'nav.financeTax', icon: IconFileCertificate, ...money },
  {
    to: '/orgs/$orgId/apps',
    labelKey: 'nav.apps',
    icon: IconApps,
    group: 'integrations',
    show: (a) => a.canManage || a.readOnly,
  },
  { to: '/orgs/$orgId/postbacks', labelKey: 'nav.outboundPostbacks', icon: IconSend, group: 'integrations' },
  {
    to: '/orgs/$orgId/webhooks',
    labelKey: 'nav.webhooks',
    icon: IconWebhook,
    group: 'integrations',
    show: (a) => a.canManage || a.readOnly,
  },
  {
    to: '/orgs/$orgId/domains',
    labelKey: 'nav.domains',
    icon: IconWorld,
    group: 'integrations',
    show: (a) => a.canManage,
  },
  // Starting and running an import is for owners and admins (the API refuses the others).
  {
    to: '/orgs/$orgId/imports',
    labelKey: 'nav.imports',
    icon: IconFileImport,
    group: 'integrations',
    show: (a) => a.canManage && !a.readOnly,
  },
  { to: '/orgs/$orgId/settings', labelKey: 'nav.settings', icon: IconAdjustments, group: 'organization' },
  // Every role sees the brand (read-only unless owner or admin), as it sees the settings.
  { to: '/orgs/$orgId/brand', labelKey: 'nav.brand', icon: IconPalette, group: 'organization' },
  { to: '/orgs/$orgId/plan', labelKey: 'nav.plan', icon: IconGauge, group: 'organization' },
  // Only where this installation sells plans; a self-hosted one without Stripe has nothing to show.
  {
    to: '/orgs/$orgId/billing',
    labelKey: 'nav.billing',
    icon: IconCreditCard,
    group: 'organization',
    show: (_a, org) => org.billingEnabled,
  },
];
