import { and, eq, sql } from 'drizzle-orm';
import { conversions } from '../../../schema';
import type { ConversionSource } from '../../../schema/enums';
import type { ServiceCall, ServiceContext } from '../../context';
import { conversionEvent } from '../../contracts/conversion-event';
import type { SourceMapping } from '../../domain/source-mapping';
import { recordConversion, recordDispute } from '../conversions';
import type { SourceResult } from './source';

/** The sources whose disputes the conversions core records (conversion_disputes.source). */
const DISPUTING = ['stripe', 'paddle', 'billing_webhook'] as const;
const disputes = (source: ConversionSource): source is (typeof DISPUTING)[number] =>
  (DISPUTING as readonly string[]).includes(source);

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
 * Records what a verified source event means, through the same core as the conversions API: a
 * conversion (idempotent by its event id), or a dispute step. A refund that reports the payment's
 * refunded total books only the part no earlier refund took.
 */
export async function recordSourceEvent({
  ctx,
  input,
}: ServiceCall<{
  appId: string;
  organizationId: string;
  /** conversions.source of what is recorded. */
  source: ConversionSource;
  mapping: SourceMapping;
}>): Promise<SourceResult> {
  const { mapping, appId, organizationId, source } = input;
  if (mapping.kind === 'ignored') return mapping;
  if (mapping.kind === 'dispute') {
    if (!disputes(source)) return { kind: 'ignored', reason: `${source} reports no disputes` };
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
