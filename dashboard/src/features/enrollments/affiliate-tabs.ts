import type { EnrollmentStatus } from '@schema/enums';

/** The affiliates list's tabs, one per enrollment status, in the order people work through them. */
export const AFFILIATE_TABS = ['pending', 'active', 'suspended', 'rejected', 'terminated'] as const;
export type AffiliateTab = (typeof AFFILIATE_TABS)[number];

/** The tabs' names as people say them ("?tab=enrolled"), beside the statuses the URL's `status` holds. */
export const TAB_NAMES: Record<string, AffiliateTab> = {
  applications: 'pending',
  enrolled: 'active',
  suspended: 'suspended',
  rejected: 'rejected',
  terminated: 'terminated',
};

/**
 * The tab to open when the URL names none: applications waiting come first (they need a decision), then the
 * enrolled affiliates; failing both, the first tab that has anyone, and the applications tab for nobody at all.
 * An empty "Applications" tab in front of fifty enrolled affiliates read as "you have no affiliates".
 */
export function defaultAffiliateTab(counts: Record<EnrollmentStatus, number> | undefined): AffiliateTab {
  if (!counts) return 'pending';
  return AFFILIATE_TABS.find((tab) => counts[tab] > 0) ?? 'pending';
}
