import type { OrgPostbacksSearch } from '@/routes/_app/orgs/$orgId/postbacks';

// The same lists as the route's validateSearch, kept in step by `satisfies` (see conversion-options.ts).
export const ORG_DELIVERY_STATUSES = [
  'pending',
  'retrying',
  'success',
  'failed',
] as const satisfies readonly NonNullable<OrgPostbacksSearch['status']>[];
export const ORG_DELIVERY_EVENTS = ['click', 'lead', 'sale', 'rejected'] as const satisfies readonly NonNullable<
  OrgPostbacksSearch['event']
>[];
export type { OrgPostbacksSearch };
