import type { PostbackSearch } from '@/routes/_app/affiliate/postback';

// The same lists as the route's validateSearch, kept in step by `satisfies` (see stats-options.ts for why).
export const DELIVERY_STATUSES = ['pending', 'retrying', 'success', 'failed'] as const satisfies readonly NonNullable<
  PostbackSearch['status']
>[];
export const DELIVERY_EVENTS = ['click', 'lead', 'sale', 'rejected'] as const satisfies readonly NonNullable<
  PostbackSearch['eventType']
>[];
