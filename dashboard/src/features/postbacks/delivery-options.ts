import { PostbackDeliveryStatus, PostbackEventType } from '@schema/enums';
import * as z from 'zod/mini';
import { DELIVERY_SORTS } from '@contracts/list-sort';
import { type DateRangeSearch, dateRangeSearch } from '@/lib/date-range';

// The page's URL (/orgs/$orgId/postbacks), validated by the route and offered by the filters from the same
// schema/enums lists (see conversion-options.ts).
export const ORG_DELIVERY_STATUSES = PostbackDeliveryStatus;
export const ORG_DELIVERY_EVENTS = PostbackEventType;

export const orgPostbacksSearchSchema = z.object({
  ...dateRangeSearch,
  status: z.catch(z.optional(z.enum(ORG_DELIVERY_STATUSES)), undefined),
  event: z.catch(z.optional(z.enum(ORG_DELIVERY_EVENTS)), undefined),
  affiliate: z.catch(z.optional(z.uuid()), undefined),
  delivery: z.catch(z.optional(z.uuid()), undefined),
  sort: z.catch(z.optional(z.enum(DELIVERY_SORTS)), undefined),
});

export type OrgPostbacksSearch = z.infer<typeof orgPostbacksSearchSchema> & DateRangeSearch;
