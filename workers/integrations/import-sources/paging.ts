/** A list page's records and where the next page starts, or NULL after the last. */
export interface ListPage {
  items: unknown[];
  nextPage: string | null;
}

/**
 * Page-numbered lists whose answer says nothing of a next page (FirstPromoter's v2 documents only
 * `page` and `per_page`): the next page is asked for until one comes back empty, which costs one
 * request per resource and cannot stop early if the source caps the page below what we asked.
 */
export function untilEmpty(items: unknown[], page: string | null): ListPage {
  return { items, nextPage: items.length > 0 ? String(Number(page ?? '1') + 1) : null };
}

/**
 * Cursor lists (Tolt's and PartnerStack's `starting_after`): the next page starts after the last
 * record's id when the answer says `has_more`.
 */
export function afterLast(items: unknown[], hasMore: unknown, idField: string): ListPage {
  const last = items.at(-1) as Record<string, unknown> | undefined;
  const id = last?.[idField];
  return { items, nextPage: hasMore === true && typeof id === 'string' && id !== '' ? id : null };
}
