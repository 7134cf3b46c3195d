import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { type EnrollmentTotals, type EnrollmentTotalsQuery, pageEnrollmentTotals } from './enrollment-totals';

/** The advertiser's affiliate table: lifetime clicks, conversions, earnings and EPC per enrollment. */
export function listAffiliateTotals({
  ctx,
  input,
}: ServiceCall<EnrollmentTotalsQuery>): Promise<{ items: EnrollmentTotals[]; nextCursor: string | null }> {
  return pageEnrollmentTotals({
    ctx,
    input: { scope: { organizationId: actingAdvertiser(ctx).organizationId }, query: input },
  });
}
