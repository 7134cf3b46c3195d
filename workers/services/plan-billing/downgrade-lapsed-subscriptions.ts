import { and, eq, isNull, lte } from 'drizzle-orm';
import { orgSubscriptions } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { lowestPlan } from './lowest-plan';
import { setOrganizationPlan } from '../plans';

/**
 * Cron: organizations whose payment failed and whose grace period is over move to the lowest
 * plan. Their data stays; the plan's limits stop new creation. A later payment restores the plan
 * (the invoice.paid webhook). SKIP LOCKED lets two overlapping runs share the work.
 */
export async function downgradeLapsedSubscriptions({
  ctx,
  input,
}: ServiceCall<{ limit: number }>): Promise<{ downgraded: number }> {
  if (!ctx.config.BILLING_ENABLED) return { downgraded: 0 };
  return inTransaction(ctx, async (tx) => {
    const due = await tx.db
      .select()
      .from(orgSubscriptions)
      .where(
        and(
          eq(orgSubscriptions.status, 'past_due'),
          lte(orgSubscriptions.graceUntil, tx.now),
          isNull(orgSubscriptions.downgradedAt),
        ),
      )
      .limit(input.limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return { downgraded: 0 };
    const lowest = await lowestPlan({ ctx: tx, input: undefined });
    for (const row of due) {
      await setOrganizationPlan({
        ctx: tx,
        input: {
          organizationId: row.organizationId,
          planId: lowest.id,
          billingPeriod: 'monthly',
          by: { planBilling: 'grace_period_ended' },
        },
      });
      await tx.db.update(orgSubscriptions).set({ downgradedAt: tx.now }).where(eq(orgSubscriptions.id, row.id));
    }
    tx.log.info('billing_lapsed_downgraded', { count: due.length });
    return { downgraded: due.length };
  });
}
