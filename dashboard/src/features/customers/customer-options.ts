import { CustomerState } from '@domain/customer-summary';
import * as z from 'zod/mini';
import { isoDayBounds } from '@/lib/day-bounds';

// The customers pages' URL: the route validates it with this schema; the filters offer these lists. Customers
// are listed over all time unless a referral period is picked, since a customer stays one long after.
export const CUSTOMER_STATES = CustomerState;
export const REFERRED_PRESETS = ['today', '7d', '30d', '90d', 'thisMonth'] as const;

export const customersSearchSchema = z.object({
  state: z.catch(z.optional(z.enum(CUSTOMER_STATES)), undefined),
  program: z.catch(z.optional(z.uuid()), undefined),
  affiliate: z.catch(z.optional(z.uuid()), undefined),
  referred: z.catch(z.optional(z.enum(REFERRED_PRESETS)), undefined),
  q: z.catch(z.optional(z.string().check(z.maxLength(200))), undefined),
});

export type CustomersSearch = z.infer<typeof customersSearchSchema>;

/** The filters an affiliate's list and file take from the URL (no affiliate, no search on unmasked ids). */
export function myCustomersFilters(search: CustomersSearch) {
  return {
    ...(search.referred ? isoDayBounds({ range: search.referred }) : {}),
    ...(search.state ? { state: search.state } : {}),
    ...(search.program ? { programId: search.program } : {}),
  };
}

/** The advertiser's filters: the affiliate's, plus the affiliate and a part of the customer id. */
export function customersFilters(search: CustomersSearch) {
  return {
    ...myCustomersFilters(search),
    ...(search.affiliate ? { affiliateId: search.affiliate } : {}),
    ...(search.q?.trim() ? { q: search.q.trim() } : {}),
  };
}

export const hasFilters = (search: CustomersSearch) =>
  Boolean(search.state || search.program || search.affiliate || search.referred || search.q);
