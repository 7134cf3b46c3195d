import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { apps, conversions } from '../../../../schema';
import type { ServiceCall } from '../../../context';
import { REFUND_WAIT_MS } from '../../../domain/out-of-order-events';
import { type RefundWaitReason, refundWaitReason } from '../../../domain/stripe-integration';
import { actingAdvertiser } from '../../access';
import { readIntegrationStates } from './read-integration-state';

export interface WaitingRefund {
  conversionId: string;
  appId: string;
  appName: string;
  /** The Stripe payment the refund names (pi_… or ch_…), or the invoice on older API versions. */
  orderId: string | null;
  amountMinor: number;
  currency: string | null;
  occurredAt: Date;
  receivedAt: Date;
  /** When it stops waiting and is settled with nothing reversed. */
  givesUpAt: Date;
  reason: RefundWaitReason;
}

/** The refunds still waiting (the same test as the every-minute sweep), oldest first: the nearest to giving up. */
const waiting = (organizationId: string) =>
  and(
    eq(conversions.organizationId, organizationId),
    eq(conversions.eventType, 'refund'),
    eq(conversions.status, 'pending'),
    isNull(conversions.enrollmentId),
    sql`${conversions.attributionTrace} -> -1 ->> 'outcome' = 'waiting_for_sale'`,
  );

/**
 * Stripe refunds of the advertiser that wait for the sale they refund, with why: when the app's
 * endpoint never delivered invoice_payment.paid on an API version that needs it, the link to the
 * sale cannot come until it is subscribed (and the invoice's event resent); otherwise the sale has
 * not arrived yet. At most `limit`, with the total.
 */
export async function listWaitingRefunds({
  ctx,
  input,
}: ServiceCall<{ limit: number }>): Promise<{ items: WaitingRefund[]; total: number }> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const where = waiting(organizationId);
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select({
        conversionId: conversions.id,
        appId: conversions.appId,
        appName: apps.name,
        orderId: conversions.orderId,
        amountMinor: conversions.amountMinor,
        currency: conversions.currency,
        occurredAt: conversions.occurredAt,
        receivedAt: conversions.receivedAt,
      })
      .from(conversions)
      .innerJoin(apps, eq(apps.id, conversions.appId))
      .where(where)
      .orderBy(asc(conversions.receivedAt), asc(conversions.id))
      .limit(input.limit),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(conversions).where(where),
  ]);
  const states = await readIntegrationStates({ ctx, input: [...new Set(rows.map((r) => r.appId))] });
  return {
    total: count?.total ?? 0,
    items: rows.map((r) => ({
      ...r,
      givesUpAt: new Date(r.receivedAt.getTime() + REFUND_WAIT_MS),
      reason: refundWaitReason(states.get(r.appId)!),
    })),
  };
}

/** How many refunds of one app wait for their sale. */
export async function countWaitingRefunds({
  ctx,
  input: { organizationId, appId },
}: ServiceCall<{ organizationId: string; appId: string }>): Promise<number> {
  const [row] = await ctx.db
    .select({ total: sql<number>`count(*)::int` })
    .from(conversions)
    .where(and(waiting(organizationId), eq(conversions.appId, appId)));
  return row?.total ?? 0;
}
