import { ConversionEventType, ConversionStatus } from '@schema/enums';
import * as z from 'zod/mini';
import { type DateRangeSearch, dateRangeSearch } from '@/lib/date-range';

// The page's URL (/orgs/$orgId/conversions): the route validates it with this schema and the filters offer
// these lists, both from schema/enums, so the page's options and the API's statuses cannot drift apart. The
// route imports this module (never the reverse), so no component needs to import the route.
export const ORG_CONVERSION_STATUSES = ConversionStatus;
export const ORG_EVENT_TYPES = ConversionEventType;

export const orgConversionsSearchSchema = z.object({
  ...dateRangeSearch,
  status: z.catch(z.optional(z.enum(ORG_CONVERSION_STATUSES)), undefined),
  type: z.catch(z.optional(z.enum(ORG_EVENT_TYPES)), undefined),
  program: z.catch(z.optional(z.uuid()), undefined),
  sort: z.catch(z.optional(z.enum(['-occurredAt', 'occurredAt', '-amount', 'amount'])), undefined),
  app: z.catch(z.optional(z.uuid()), undefined),
  affiliate: z.catch(z.optional(z.uuid()), undefined),
});

export type OrgConversionsSearch = z.infer<typeof orgConversionsSearchSchema> & DateRangeSearch;
