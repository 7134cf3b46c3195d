import type { NavEntry } from './nav-entry';

/** Every signed-in user's own pages. */
export const ACCOUNT_NAV: NavEntry[] = [
  { to: '/account/profile', labelKey: 'nav.profile' },
  { to: '/account/security', labelKey: 'nav.security' },
  { to: '/account/sessions', labelKey: 'nav.sessions' },
  { to: '/account/notifications', labelKey: 'nav.notifications' },
  { to: '/account/notification-settings', labelKey: 'nav.notificationSettings' },
];
