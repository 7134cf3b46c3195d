import { eq } from 'drizzle-orm';
import { commissions, conversions, type Commission, type Conversion } from '../../../schema';
import type { ServiceCall } from '../../context';
import { isCommissionPaidOut, isCommissionUnpaid } from '../../domain/commission-status';
import { bookAdjustment, remainingOf, voidUnpaidCommission } from './commission-lines';

/**
 * Rejects a conversion inside the caller's transaction. Unpaid commissions (and adjustments
 * booked against them) become rejected; a commission already in a payout or paid cannot be
 * un-paid, so it gets a negative adjustment carried into the beneficiary's next balance.
 */
export async function rejectConversion({
  ctx,
  input,
}: ServiceCall<{ conversion: Conversion; reason: string }>): Promise<{ conversion: Conversion; lines: Commission[] }> {
  const { conversion, reason } = input;
  const lines = await ctx.db
    .select()
    .from(commissions)
    .where(eq(commissions.conversionId, conversion.id))
    .for('update');
  const touched: Commission[] = [];
  for (const c of lines) {
    if (c.kind !== 'commission') continue;
    if (isCommissionUnpaid(c.status)) {
      touched.push(...(await voidUnpaidCommission({ ctx, input: { commission: c, status: 'rejected', reason } })));
    } else if (isCommissionPaidOut(c.status)) {
      const remaining = await remainingOf({ ctx, input: { commission: c } });
      if (remaining <= 0) continue;
      const adjustment = await bookAdjustment({
        ctx,
        input: {
          against: c,
          conversionId: conversion.id,
          amountMinor: remaining,
          status: 'approved',
          holdUntil: ctx.now,
          approvedAt: ctx.now,
          reason: `rejected after payout: ${reason}`,
          calculation: { rule: 'rejection', reverses: c.id, commissionMinor: c.amountMinor, reversedMinor: remaining },
        },
      });
      if (adjustment) touched.push(adjustment);
    }
  }
  const [updated] = await ctx.db
    .update(conversions)
    .set({ status: 'rejected', rejectReason: reason, reviewedById: ctx.actor?.userId ?? null, reviewedAt: ctx.now })
    .where(eq(conversions.id, conversion.id))
    .returning();
  return { conversion: updated!, lines: touched };
}
