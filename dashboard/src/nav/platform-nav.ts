import {
  IconAdjustmentsAlt,
  IconBuildingCommunity,
  IconCoins,
  IconHeartbeat,
  IconHistory,
  IconListCheck,
  IconMailOff,
  IconSend,
  IconTicket,
  IconUsers,
} from '@tabler/icons-react';
import type { NavEntry } from './nav-entry';

/** The platform console (platform owners, admins, support). Add one line per page under /platform/. */
export const PLATFORM_NAV: NavEntry[] = [
  { to: '/platform/users', labelKey: 'nav.platformUsers', icon: IconUsers, group: 'platform' },
  { to: '/platform/tenants', labelKey: 'nav.platformTenants', icon: IconBuildingCommunity, group: 'platform' },
  { to: '/platform/plans', labelKey: 'nav.platformPlans', icon: IconTicket, group: 'platform' },
  { to: '/platform/payout-minimums', labelKey: 'nav.platformMinimums', icon: IconCoins, group: 'platform' },
  { to: '/platform/audit-log', labelKey: 'nav.platformAudit', icon: IconHistory, group: 'platform' },
  { to: '/platform/settings', labelKey: 'nav.platformSettings', icon: IconAdjustmentsAlt, group: 'platform' },
  { to: '/platform/queues', labelKey: 'nav.platformQueues', icon: IconHeartbeat, group: 'operations' },
  { to: '/platform/dead-letters', labelKey: 'nav.platformDeadLetters', icon: IconMailOff, group: 'operations' },
  { to: '/platform/postbacks', labelKey: 'nav.platformPostbacks', icon: IconSend, group: 'operations' },
  { to: '/platform/ledger', labelKey: 'nav.platformLedger', icon: IconListCheck, group: 'operations' },
];
