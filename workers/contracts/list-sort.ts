/**
 * The orders a list of events may be read in: a key, descending with a leading "-". Events are listed by when
 * they happened (occurredAt) newest first unless the caller asks otherwise; ties break on the id, the same way,
 * so cursor paging is stable. Shared by the API's zod schemas and the dashboard's sort controls.
 */
export const CONVERSION_SORTS = [
  '-occurredAt',
  'occurredAt',
  '-receivedAt',
  'receivedAt',
  '-amount',
  'amount',
] as const;
export type ConversionSort = (typeof CONVERSION_SORTS)[number];

/** A commission line sorts by its conversion's occurredAt, its own createdAt, or its amount. */
export const COMMISSION_SORTS = ['-occurredAt', 'occurredAt', '-createdAt', 'createdAt', '-amount', 'amount'] as const;
export type CommissionSort = (typeof COMMISSION_SORTS)[number];

/** A postback delivery sorts by when its event happened (the click or conversion) or when it was first tried. */
export const DELIVERY_SORTS = ['-occurredAt', 'occurredAt', '-createdAt', 'createdAt'] as const;
export type DeliverySort = (typeof DELIVERY_SORTS)[number];

export const DEFAULT_EVENT_SORT = '-occurredAt';

export type SortDirection = 'asc' | 'desc';

/** "-amount" → { key: 'amount', direction: 'desc' }. */
export function parseSort<S extends string>(
  sort: S,
): { key: S extends `-${infer K}` ? K : S; direction: SortDirection } {
  const desc = sort.startsWith('-');
  return { key: (desc ? sort.slice(1) : sort) as S extends `-${infer K}` ? K : S, direction: desc ? 'desc' : 'asc' };
}
