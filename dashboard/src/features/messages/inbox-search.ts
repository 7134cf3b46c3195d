import { useSearch } from '@tanstack/react-router';
import * as z from 'zod/mini';

const inboxSearch = z.object({
  affiliate: z.catch(z.optional(z.uuid()), undefined),
  name: z.catch(z.optional(z.string().check(z.maxLength(200))), undefined),
});

export type InboxSearch = z.infer<typeof inboxSearch>;

/**
 * The open thread (?affiliate=…&name=…), read in the page rather than by the route's validateSearch: a route's
 * search schema is part of the route tree the login page loads.
 */
export function useInboxSearch(): InboxSearch {
  const search = useSearch({ strict: false });
  const parsed = z.safeParse(inboxSearch, search);
  return parsed.success ? parsed.data : {};
}
