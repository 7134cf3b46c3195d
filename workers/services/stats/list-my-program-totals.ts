import type { ServiceCall } from '../../context';
import { affiliateScope } from '../access';
import { type EnrollmentTotals, type EnrollmentTotalsQuery, pageEnrollmentTotals } from './enrollment-totals';

/** The affiliate's lifetime figures per program it is enrolled in, in one advertiser's context. */
export function listMyProgramTotals({
  ctx,
  input,
}: ServiceCall<EnrollmentTotalsQuery>): Promise<{ items: EnrollmentTotals[]; nextCursor: string | null }> {
  return pageEnrollmentTotals({ ctx, input: { scope: affiliateScope(ctx), query: input } });
}
