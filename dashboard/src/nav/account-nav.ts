import { IconBell, IconBellCog, IconBuilding, IconDevices, IconShieldLock, IconUser } from '@tabler/icons-react';
import type { NavEntry } from './nav-entry';

/** Every signed-in user's own pages. */
export const ACCOUNT_NAV: NavEntry[] = [
  { to: '/account/profile', labelKey: 'nav.profile', icon: IconUser, group: 'account' },
  { to: '/account/security', labelKey: 'nav.security', icon: IconShieldLock, group: 'account' },
  { to: '/account/sessions', labelKey: 'nav.sessions', icon: IconDevices, group: 'account' },
  { to: '/account/notifications', labelKey: 'nav.notifications', icon: IconBell, group: 'account' },
  { to: '/account/notification-settings', labelKey: 'nav.notificationSettings', icon: IconBellCog, group: 'account' },
  { to: '/orgs', labelKey: 'nav.organizations', icon: IconBuilding, group: 'account' },
];
