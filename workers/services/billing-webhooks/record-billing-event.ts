import { and, eq, sql } from 'drizzle-orm';
import { conversions } from '../../../schema';
import type { BillingProvider } from '../../../schema/enums';
import type { ServiceCall, ServiceContext } from '../../context';
import { conversionEvent } from '../../contracts/conversion-event';
import type { BillingMapping } from '../../domain/billing-mapping';
import { type ConversionOutcome, type DisputeOutcome, recordConversion, recordDispute } from '../conversions';

/** Where each provider's conversions are recorded from (conversions.source). */
const SOURCES = { paddle: 'paddle', lemon_squeezy: 'lemon_squeezy', generic: 'billing_webhook' } as const;

export type BillingEventResult =
  | { kind: 'conversion'; outcome: ConversionOutcome }
  | { kind: 'dispute'; outcome: DisputeOutcome }
  | { kind: 'ignored'; reason: string };

/** What earlier refunds of this payment already took back, for a refund that reports the running total. */
async function refundedBefore(ctx: ServiceContext, appId: string, orderId: string, eventId: string): Promise<number> {
  const [row] = await ctx.db
    .select({ total: sql<string>`COALESCE(SUM(${conversions.amountMinor}), 0)` })
    .from(conversions)
    .where(
      and(
        eq(conversions.appId, appId),
        eq(conversions.orderId, orderId),
        eq(conversions.eventType, 'refund'),
        sql`${conversions.eventId} <> ${eventId}`,
      ),
    );
  return Number(row?.total ?? 0);
}

/**
 * Records what a verified provider event means, through the same core as Stripe and the
 * conversions API: a conversion (idempotent by its event id), or a dispute step. A refund that
 * reports the payment's refunded total books only the part no earlier refund took.
 */
export async function recordBillingEvent({
  ctx,
  input,
}: ServiceCall<{
  appId: string;
  organizationId: string;
  provider: BillingProvider;
  mapping: BillingMapping;
}>): Promise<BillingEventResult> {
  const { mapping, appId, organizationId } = input;
  const source = SOURCES[input.provider];
  if (mapping.kind === 'ignored') return mapping;
  if (mapping.kind === 'dispute') {
    if (source === 'lemon_squeezy') return { kind: 'ignored', reason: 'Lemon Squeezy reports no disputes' };
    const outcome = await recordDispute({ ctx, input: { appId, organizationId, dispute: mapping.dispute, source } });
    return { kind: 'dispute', outcome };
  }
  let event = mapping.event;
  if (mapping.refundedToDate && event.order_id && event.amount !== undefined) {
    const amount = event.amount - (await refundedBefore(ctx, appId, event.order_id, event.event_id));
    if (amount <= 0) return { kind: 'ignored', reason: 'nothing refunded beyond the refunds already recorded' };
    event = { ...event, amount };
  }
  const outcome = await recordConversion({
    ctx,
    input: { appId, organizationId, source, event: conversionEvent.parse(event) },
  });
  return { kind: 'conversion', outcome };
}
