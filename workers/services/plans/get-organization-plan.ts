import { eq } from 'drizzle-orm';
import { organizations, orgSubscriptions, plans, type BillingPeriod, type Plan } from '../../../schema';
import type { ServiceCall } from '../../context';
import { type PlanLimit, usagePercent } from '../../domain/plan-limits';
import { type PlanSource, planSource } from '../../domain/plan-source';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { allowanceOf } from './assert-plan-allows';
import { offeredPlans } from './list-plans';
import {
  brandingInUse,
  clicksThisMonth,
  countedAffiliates,
  customDomainsInUse,
  livePrograms,
  usageOf,
} from './plan-usage';

export interface UsageMeter {
  limit: PlanLimit;
  used: number;
  /** null: unlimited (white-label: null when included, 0 when not). */
  allowed: number | null;
  /** Whole percent of the limit in use, rounded down; null when unlimited. */
  percent: number | null;
}

export interface OrganizationPlan {
  plan: Plan;
  /** Whether a subscription pays for the plan; only then is billingPeriod a billing cycle. */
  source: PlanSource;
  billingPeriod: BillingPeriod;
  /** First instant of the UTC calendar month the click meter counts. */
  periodStart: Date;
  meters: UsageMeter[];
  offered: Plan[];
}

/**
 * The advertiser's plan, its billing period, what it uses of every limit and the plans it could
 * move to. Seven small reads: the click meter is one row of plan_click_usage, the rest are counts
 * over one tenant's indexed rows.
 */
export async function getOrganizationPlan({ ctx }: ServiceCall<void>): Promise<OrganizationPlan> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const [row] = await ctx.db
    .select({
      plan: plans,
      billingPeriod: organizations.billingPeriod,
      branding: organizations.branding,
      subscription: {
        status: orgSubscriptions.status,
        planId: orgSubscriptions.planId,
        downgradedAt: orgSubscriptions.downgradedAt,
      },
    })
    .from(organizations)
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .leftJoin(orgSubscriptions, eq(orgSubscriptions.organizationId, organizations.id))
    .where(eq(organizations.id, organizationId));
  if (!row) throw new NotFoundError('organization');
  const [clicks, programs, affiliates, domains, campaignSends, editionCount, offered] = await Promise.all([
    clicksThisMonth({ ctx, input: { organizationId } }),
    livePrograms({ ctx, input: { organizationId } }),
    countedAffiliates({ ctx, input: { organizationId } }),
    customDomainsInUse({ ctx, input: { organizationId } }),
    usageOf({ ctx, input: { organizationId, limit: 'campaignSends' } }),
    usageOf({ ctx, input: { organizationId, limit: 'editions' } }),
    offeredPlans({ ctx, input: undefined }),
  ]);
  const used: Record<PlanLimit, number> = {
    clicks,
    programs,
    affiliates,
    customDomains: domains,
    whiteLabel: brandingInUse(row.branding) ? 1 : 0,
    campaignSends,
    editions: editionCount,
  };
  const meters = (Object.keys(used) as PlanLimit[]).map((limit) => {
    const allowed = allowanceOf(row.plan, limit);
    return { limit, used: used[limit], allowed, percent: usagePercent(used[limit], allowed) };
  });
  const periodStart = new Date(Date.UTC(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth(), 1));
  const source = planSource({
    billingEnabled: ctx.config.BILLING_ENABLED,
    planId: row.plan.id,
    subscription: row.subscription,
  });
  return { plan: row.plan, source, billingPeriod: row.billingPeriod, periodStart, meters, offered };
}
