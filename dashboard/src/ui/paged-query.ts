/**
 * The cursor paging every "load more" list of the API shares (a page's `nextCursor`, null on the last page):
 * spread into react-query's infiniteQueryOptions, with the cursor passed on as the `pageParam`.
 */
export const cursorPages = {
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last: { nextCursor?: string | null }) => last.nextCursor ?? undefined,
};
