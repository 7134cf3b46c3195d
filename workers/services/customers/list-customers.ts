import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { checkCustomerCursor } from './customer-cursor';
import { type CustomerFilters, type CustomerRow, readCustomers } from './read-customers';

/**
 * The advertiser's referred customers, newest referral first, each with its state, MRR and lifetime value
 * derived from its stored conversions. One row beyond `limit` marks a next page.
 */
export async function listCustomers({
  ctx,
  input,
}: ServiceCall<CustomerFilters & { limit: number; cursor?: string | undefined }>): Promise<CustomerRow[]> {
  const { organizationId } = actingAdvertiser(ctx);
  await checkCustomerCursor({ ctx, input: { organizationId, cursor: input.cursor } });
  return readCustomers({
    ctx,
    input: { organizationId, filters: input, after: input.cursor, limit: input.limit + 1 },
  });
}
