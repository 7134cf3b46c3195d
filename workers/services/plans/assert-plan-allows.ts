import { eq } from 'drizzle-orm';
import { organizations, plans, type Plan } from '../../../schema';
import type { ServiceCall } from '../../context';
import { limitAllows, type PlanLimit } from '../../domain/plan-limits';
import { AppError, NotFoundError } from '../../errors/app-error';
import { affiliateCounted, usageOf } from './plan-usage';

export type EnforcedLimit = Exclude<PlanLimit, 'clicks'>;

export interface PlanAllowsInput {
  organizationId: string;
  limit: EnforcedLimit;
  /** How many more the caller is about to add (default 1); white-label ignores it. */
  adding?: number | undefined;
  /** For `affiliates`: the affiliate about to count; one who already counts adds nothing. */
  affiliateId?: string | undefined;
}

/** The plan's allowance for a limit, as a number (white-label: 1 or 0); null: unlimited. */
export function allowanceOf(plan: Plan, limit: PlanLimit): number | null {
  switch (limit) {
    case 'clicks':
      return plan.maxClicksMonthly;
    case 'programs':
      return plan.maxPrograms;
    case 'affiliates':
      return plan.maxAffiliates;
    case 'customDomains':
      return plan.customDomains;
    case 'editions':
      return plan.maxEditions;
    case 'whiteLabel':
      return plan.whiteLabel ? null : 0;
    case 'campaignSends':
      return plan.maxCampaignSendsMonthly;
  }
}

const WHAT: Record<PlanLimit, string> = {
  clicks: 'tracked clicks a month',
  programs: 'programs that are not archived',
  affiliates: 'affiliates with an active enrollment',
  customDomains: 'custom domains',
  editions: 'branded editions',
  whiteLabel: 'white-label branding',
  campaignSends: 'campaign sends a month',
};

/**
 * Refuses growth past the organization's plan with `plan_limit_reached` (402), details naming the
 * limit, what is used and what is allowed. Call it inside the transaction that creates the thing:
 * it locks the organization row, so concurrent creates of one tenant are counted one after the other.
 * Usage over a limit (after a downgrade) is kept; only adding is refused.
 */
export async function assertPlanAllows({ ctx, input }: ServiceCall<PlanAllowsInput>): Promise<void> {
  await ctx.db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, input.organizationId))
    .for('no key update');
  const [row] = await ctx.db
    .select({ plan: plans })
    .from(organizations)
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .where(eq(organizations.id, input.organizationId));
  if (!row) throw new NotFoundError('organization');
  const allowed = allowanceOf(row.plan, input.limit);
  if (allowed === null) return;
  let adding = input.limit === 'whiteLabel' ? 1 : (input.adding ?? 1);
  if (input.limit === 'affiliates' && input.affiliateId) {
    if (
      await affiliateCounted({ ctx, input: { organizationId: input.organizationId, affiliateId: input.affiliateId } })
    )
      adding = 0;
  }
  const used =
    input.limit === 'whiteLabel'
      ? 0
      : await usageOf({ ctx, input: { organizationId: input.organizationId, limit: input.limit } });
  if (limitAllows(allowed, used, adding)) return;
  const message =
    input.limit === 'whiteLabel'
      ? `The ${row.plan.name} plan does not include white-label branding; upgrade the plan`
      : `The ${row.plan.name} plan allows ${allowed} ${WHAT[input.limit]} and ${used} are in use; upgrade the plan`;
  throw new AppError('plan_limit_reached', message, { limit: input.limit, used, allowed, plan: row.plan.code });
}
