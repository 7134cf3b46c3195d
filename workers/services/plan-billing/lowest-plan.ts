import { asc } from 'drizzle-orm';
import { type Plan, plans } from '../../../schema';
import type { ServiceCall } from '../../context';

/** The plan an organization falls back to when it stops paying: the cheapest (Starter as seeded). */
export async function lowestPlan({ ctx }: ServiceCall<void>): Promise<Plan> {
  const [plan] = await ctx.db.select().from(plans).orderBy(asc(plans.monthlyPriceMinor), asc(plans.code)).limit(1);
  if (!plan) throw new Error('no plans exist');
  return plan;
}
