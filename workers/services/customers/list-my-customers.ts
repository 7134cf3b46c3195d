import type { ServiceCall } from '../../context';
import { affiliateScope } from '../access';
import { checkCustomerCursor } from './customer-cursor';
import { type CustomerFilters, type CustomerRow, readCustomers } from './read-customers';

/** What an affiliate may filter its customers by: no other affiliate, and no search on the unmasked id. */
export type MyCustomerFilters = Omit<CustomerFilters, 'affiliateId' | 'q'>;

/**
 * The customers the signed-in affiliate referred to one advertiser, newest first. The rows carry the
 * advertiser's revenue; the API's affiliate view drops it and masks the customer.
 */
export async function listMyCustomers({
  ctx,
  input,
}: ServiceCall<MyCustomerFilters & { limit: number; cursor?: string | undefined }>): Promise<CustomerRow[]> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  await checkCustomerCursor({ ctx, input: { organizationId, affiliateId, cursor: input.cursor } });
  const { programId, state, from, to } = input;
  return readCustomers({
    ctx,
    input: {
      organizationId,
      affiliateId,
      filters: { programId, state, from, to },
      after: input.cursor,
      limit: input.limit + 1,
    },
  });
}
