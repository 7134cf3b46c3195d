import type { ConversionsSearch } from '@/routes/_app/affiliate/$orgId/conversions/index';

// The same lists as the route's validateSearch, kept in step by `satisfies` (see stats-options.ts for why).
export const CONVERSION_STATUSES = [
  'pending',
  'flagged',
  'approved',
  'rejected',
  'reversed',
] as const satisfies readonly NonNullable<ConversionsSearch['status']>[];
export const EVENT_TYPES = ['lead', 'sale', 'rebill', 'refund', 'cancel'] as const satisfies readonly NonNullable<
  ConversionsSearch['type']
>[];
export const LINE_STATUSES = [
  'pending',
  'approved',
  'disputed',
  'in_payout',
  'paid',
  'rejected',
  'reversed',
] as const satisfies readonly NonNullable<ConversionsSearch['lineStatus']>[];
export const LEVELS = ['0', '1', '2', '3'] as const satisfies readonly NonNullable<ConversionsSearch['level']>[];
export type { ConversionsSearch };
