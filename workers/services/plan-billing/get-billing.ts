import { asc, eq } from 'drizzle-orm';
import { type OrgSubscription, organizations, orgSubscriptions, type Plan, plans } from '../../../schema';
import type { BillingPeriod } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { type PlanSource, planSource } from '../../domain/plan-source';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { stripeConfig } from './billing-config';

export interface BillingOverview {
  planId: string;
  /** The same answer the Plan page gives: subscription, or platform when nothing pays for the plan. */
  source: PlanSource;
  billingPeriod: BillingPeriod;
  subscription: OrgSubscription | null;
  plans: Plan[];
  graceDays: number;
}

/** The organization's plan, its Stripe subscription (if any) and the plans it can buy. */
export async function getBilling({ ctx }: ServiceCall<void>): Promise<BillingOverview> {
  stripeConfig({ ctx, input: undefined });
  const organizationId = actingAdvertiser(ctx).organizationId;
  const [org] = await ctx.db
    .select({ planId: organizations.planId, billingPeriod: organizations.billingPeriod })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!org) throw new NotFoundError('organization');
  const [subscription] = await ctx.db
    .select()
    .from(orgSubscriptions)
    .where(eq(orgSubscriptions.organizationId, organizationId));
  const all = await ctx.db.select().from(plans).orderBy(asc(plans.monthlyPriceMinor), asc(plans.code));
  const source = planSource({ billingEnabled: true, planId: org.planId, subscription: subscription ?? null });
  return { ...org, source, subscription: subscription ?? null, plans: all, graceDays: ctx.config.BILLING_GRACE_DAYS };
}
