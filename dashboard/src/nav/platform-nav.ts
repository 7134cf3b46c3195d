import type { NavEntry } from './nav-entry';

/** The platform console (platform owners, admins, support). Add one line per page under /platform/. */
export const PLATFORM_NAV: NavEntry[] = [];
