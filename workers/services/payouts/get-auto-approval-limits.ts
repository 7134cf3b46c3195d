import { asc, eq } from 'drizzle-orm';
import { organizationAutoApprovalLimits } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';

export interface AutoApprovalLimit {
  currency: string;
  limitMinor: number;
  updatedAt: Date;
}

/** The acting advertiser's auto-approval limits, one per currency; none: every batch waits for a second person. */
export async function getAutoApprovalLimits({ ctx }: ServiceCall<void>): Promise<AutoApprovalLimit[]> {
  const { organizationId } = actingAdvertiser(ctx);
  return ctx.db
    .select({
      currency: organizationAutoApprovalLimits.currency,
      limitMinor: organizationAutoApprovalLimits.limitMinor,
      updatedAt: organizationAutoApprovalLimits.updatedAt,
    })
    .from(organizationAutoApprovalLimits)
    .where(eq(organizationAutoApprovalLimits.organizationId, organizationId))
    .orderBy(asc(organizationAutoApprovalLimits.currency));
}
