import { asc, eq } from 'drizzle-orm';
import { commissions, conversions, type Conversion } from '../../../schema';
import { describeCancelEffect } from '../../domain/cancellation';
import type { AttributionStep, CommissionView, ConversionOutcome } from './conversion-outcome';
import type { ServiceCall } from '../../context';
import { wordRuleVerdicts } from '../programs';

export function toCommissionView(c: typeof commissions.$inferSelect): CommissionView {
  return {
    id: c.id,
    beneficiaryId: c.beneficiaryId,
    level: c.level,
    kind: c.kind,
    amountMinor: c.amountMinor,
    currency: c.currency,
    status: c.status,
    holdUntil: c.holdUntil.toISOString(),
    reversesCommissionId: c.reversesCommissionId,
    calculation: c.calculation,
  };
}

export function toOutcome(
  conversion: Conversion,
  lines: (typeof commissions.$inferSelect)[],
  duplicate: boolean,
): ConversionOutcome {
  const c = conversion;
  return {
    duplicate,
    conversion: {
      id: c.id,
      eventId: c.eventId,
      type: c.eventType,
      source: c.source,
      status: c.status,
      amountMinor: c.amountMinor,
      currency: c.currency,
      occurredAt: c.occurredAt.toISOString(),
      parentConversionId: c.parentConversionId,
      fraudFlags: c.fraudFlags,
      rejectReason: c.rejectReason,
    },
    attribution:
      c.attributionMethod && c.enrollmentId && c.affiliateId && c.programId
        ? {
            method: c.attributionMethod,
            programId: c.programId,
            enrollmentId: c.enrollmentId,
            affiliateId: c.affiliateId,
            clickId: c.clickId,
          }
        : null,
    attributionTrace: c.attributionTrace as unknown as AttributionStep[],
    commissions: lines.map(toCommissionView),
    cancellation: c.cancelEffect ? { effect: c.cancelEffect, description: describeCancelEffect(c.cancelEffect) } : null,
  };
}

/** The stored answer for a conversion: what a repeated event gets back. */
export async function loadConversionOutcome({
  ctx,
  input,
}: ServiceCall<{ conversionId: string; duplicate: boolean }>): Promise<ConversionOutcome> {
  const { db } = ctx;
  const { conversionId, duplicate } = input;
  const [conversion] = await db.select().from(conversions).where(eq(conversions.id, conversionId));
  if (!conversion) throw new Error(`conversion ${conversionId} vanished`);
  const lines = await db
    .select()
    .from(commissions)
    .where(eq(commissions.conversionId, conversionId))
    .orderBy(asc(commissions.level), asc(commissions.kind));
  await wordRuleVerdicts({ ctx, input: lines });
  return toOutcome(conversion, lines, duplicate);
}
