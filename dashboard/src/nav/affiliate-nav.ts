import {
  IconBuildingStore,
  IconBrush,
  IconCash,
  IconChartLine,
  IconCreditCard,
  IconFileCertificate,
  IconHome,
  IconInfoCircle,
  IconLink,
  IconMessage,
  IconReceipt,
  IconScale,
  IconSend,
  IconSpeakerphone,
  IconUserDollar,
  IconUserPlus,
  IconWebhook,
} from '@tabler/icons-react';
import type { NavEntry } from './nav-entry';

/** Leads the affiliate's links until the platform approves the account. */
export const ACCOUNT_STATUS_NAV: NavEntry = {
  to: '/affiliate/welcome',
  labelKey: 'nav.accountStatus',
  icon: IconInfoCircle,
  group: 'affiliateHome',
};

/** Shown to affiliates: pages across every advertiser. */
export const AFFILIATE_NAV: NavEntry[] = [
  { to: '/affiliate', labelKey: 'nav.home', icon: IconHome, group: 'affiliateHome' },
  { to: '/affiliate/marketplace', labelKey: 'nav.marketplace', icon: IconBuildingStore, group: 'affiliateHome' },
  { to: '/affiliate/recruit', labelKey: 'nav.recruit', icon: IconUserPlus, group: 'affiliateHome', platformOnly: true },
  { to: '/affiliate/balances', labelKey: 'nav.balances', icon: IconScale, group: 'earnings' },
  { to: '/affiliate/payouts', labelKey: 'nav.payouts', icon: IconCash, group: 'earnings' },
  { to: '/affiliate/postback', labelKey: 'nav.postback', icon: IconSend, group: 'tracking' },
  { to: '/affiliate/webhooks', labelKey: 'nav.webhooks', icon: IconWebhook, group: 'tracking' },
];

/**
 * Shown once an advertiser is selected: pages under /affiliate/$orgId/..., linked with the current orgId.
 * Add one line per affiliate page, e.g. `{ to: '/affiliate/$orgId/links', labelKey: 'nav.links', … }`.
 */
export const AFFILIATE_ORG_NAV: NavEntry[] = [
  { to: '/affiliate/$orgId/stats', labelKey: 'nav.stats', icon: IconChartLine, group: 'advertiser' },
  { to: '/affiliate/$orgId/programs', labelKey: 'nav.programs', icon: IconSpeakerphone, group: 'advertiser' },
  { to: '/affiliate/$orgId/links', labelKey: 'nav.links', icon: IconLink, group: 'advertiser' },
  { to: '/affiliate/$orgId/conversions', labelKey: 'nav.conversions', icon: IconReceipt, group: 'advertiser' },
  { to: '/affiliate/$orgId/editions', labelKey: 'nav.editions', icon: IconBrush, group: 'advertiser' },
  { to: '/affiliate/$orgId/customers', labelKey: 'nav.customers', icon: IconUserDollar, group: 'advertiser' },
  {
    to: '/affiliate/$orgId/messages',
    labelKey: 'nav.messages',
    icon: IconMessage,
    group: 'advertiser',
    badge: 'unreadMessages',
  },
  { to: '/affiliate/$orgId/payout-methods', labelKey: 'nav.payoutMethods', icon: IconCreditCard, group: 'advertiser' },
  { to: '/affiliate/$orgId/tax', labelKey: 'nav.tax', icon: IconFileCertificate, group: 'advertiser' },
];
