import { PostbackDeliveryStatus, PostbackEventType } from '@schema/enums';
import * as z from 'zod/mini';
import { DELIVERY_SORTS } from '@contracts/list-sort';

// The delivery log's filters in the URL (/affiliate/postback), validated by the route and offered by the page
// from the same schema/enums lists (see org-conversions/conversion-options.ts).
export const DELIVERY_STATUSES = PostbackDeliveryStatus;
export const DELIVERY_EVENTS = PostbackEventType;

export const postbackSearchSchema = z.object({
  status: z.catch(z.optional(z.enum(DELIVERY_STATUSES)), undefined),
  eventType: z.catch(z.optional(z.enum(DELIVERY_EVENTS)), undefined),
  sort: z.catch(z.optional(z.enum(DELIVERY_SORTS)), undefined),
});

export type PostbackSearch = z.infer<typeof postbackSearchSchema>;
