import type { NavEntry } from './nav-entry';

/** The platform console (platform owners, admins, support). Add one line per page under /platform/. */
export const PLATFORM_NAV: NavEntry[] = [
  { to: '/platform/users', labelKey: 'nav.platformUsers' },
  { to: '/platform/tenants', labelKey: 'nav.platformTenants' },
  { to: '/platform/queues', labelKey: 'nav.platformQueues' },
  { to: '/platform/dead-letters', labelKey: 'nav.platformDeadLetters' },
  { to: '/platform/postbacks', labelKey: 'nav.platformPostbacks' },
  { to: '/platform/ledger', labelKey: 'nav.platformLedger' },
  { to: '/platform/payout-minimums', labelKey: 'nav.platformMinimums' },
  { to: '/platform/plans', labelKey: 'nav.platformPlans' },
  { to: '/platform/audit-log', labelKey: 'nav.platformAudit' },
  { to: '/platform/settings', labelKey: 'nav.platformSettings' },
];
