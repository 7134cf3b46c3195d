import type { OrgConversionsSearch } from '@/routes/_app/orgs/$orgId/conversions/index';

// The same lists as the route's validateSearch, kept in step by `satisfies` without a runtime import of the
// route (which would move it out of the entry chunk into one the login page loads).
export const ORG_CONVERSION_STATUSES = [
  'pending',
  'flagged',
  'approved',
  'rejected',
  'reversed',
] as const satisfies readonly NonNullable<OrgConversionsSearch['status']>[];
export const ORG_EVENT_TYPES = ['lead', 'sale', 'rebill', 'refund', 'cancel'] as const satisfies readonly NonNullable<
  OrgConversionsSearch['type']
>[];
export type { OrgConversionsSearch };
