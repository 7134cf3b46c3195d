import {
  type Icon,
  IconActivity,
  IconArrowsExchange,
  IconBuildingBank,
  IconBuildingStore,
  IconChartBar,
  IconCoin,
  IconHome,
  IconPlug,
  IconSettings,
  IconTargetArrow,
  IconUserCircle,
  IconUsersGroup,
  IconWallet,
} from '@tabler/icons-react';
import type { ParseKeys } from 'i18next';

/**
 * The navbar's groups, by what people do there, in the order they are listed. A flat group lists its links
 * without a collapsible parent (the few links everyone starts from).
 */
export const NAV_GROUPS = {
  // The advertiser console.
  orgHome: { labelKey: 'nav.groups.home', icon: IconHome, flat: true },
  partners: { labelKey: 'nav.groups.partners', icon: IconUsersGroup },
  conversions: { labelKey: 'nav.groups.conversions', icon: IconArrowsExchange },
  reports: { labelKey: 'nav.groups.reports', icon: IconChartBar },
  money: { labelKey: 'nav.finance', icon: IconCoin },
  integrations: { labelKey: 'nav.groups.integrations', icon: IconPlug },
  organization: { labelKey: 'nav.groups.organization', icon: IconSettings },
  // The affiliate portal; the advertiser group is titled with the selected advertiser's name.
  affiliateHome: { labelKey: 'nav.groups.home', icon: IconBuildingStore, flat: true },
  advertiser: { labelKey: 'nav.groups.advertiser', icon: IconTargetArrow },
  earnings: { labelKey: 'nav.groups.earnings', icon: IconWallet },
  tracking: { labelKey: 'nav.groups.tracking', icon: IconPlug },
  // Platform staff.
  platform: { labelKey: 'nav.platform', icon: IconBuildingBank },
  operations: { labelKey: 'nav.groups.operations', icon: IconActivity },
  // Everyone.
  account: { labelKey: 'nav.account', icon: IconUserCircle },
} as const satisfies Record<string, { labelKey: ParseKeys<'nav'>; icon: Icon; flat?: true }>;

export type NavGroupId = keyof typeof NAV_GROUPS;
