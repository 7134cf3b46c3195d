import { eq, sql } from 'drizzle-orm';
import { commissions, conversions, type Commission, type Conversion } from '../../../schema';
import type { ServiceContext } from '../../context';

/**
 * Rejects a conversion inside the caller's transaction. Unpaid commissions (and adjustments
 * booked against them) become rejected; a commission already in a payout or paid cannot be
 * un-paid, so it gets a negative adjustment carried into the beneficiary's next balance.
 */
export async function rejectConversion(ctx: ServiceContext, input: { conversion: Conversion; reason: string }): Promise<{ conversion: Conversion; lines: Commission[] }> {
  const { conversion, reason } = input;
  const lines = await ctx.db.select().from(commissions).where(eq(commissions.conversionId, conversion.id)).for('update');
  const touched: Commission[] = [];
  for (const c of lines) {
    if (c.kind !== 'commission') continue;
    if (c.status === 'pending' || c.status === 'approved') {
      touched.push(
        ...(await ctx.db
          .update(commissions)
          .set({ status: 'rejected', reason })
          .where(sql`(${commissions.id} = ${c.id} OR ${commissions.reversesCommissionId} = ${c.id}) AND ${commissions.status} IN ('pending', 'approved')`)
          .returning()),
      );
    } else if (c.status === 'in_payout' || c.status === 'paid') {
      const [reversedSoFar] = await ctx.db
        .select({ sum: sql<string>`coalesce(sum(-${commissions.amountMinor}), 0)` })
        .from(commissions)
        .where(sql`${commissions.reversesCommissionId} = ${c.id} AND ${commissions.status} IN ('pending', 'approved', 'in_payout', 'paid')`);
      const remaining = c.amountMinor - Number(reversedSoFar!.sum);
      if (remaining <= 0) continue;
      const [adjustment] = await ctx.db
        .insert(commissions)
        .values({
          conversionId: conversion.id, organizationId: c.organizationId, programId: c.programId, beneficiaryId: c.beneficiaryId,
          enrollmentId: c.enrollmentId, level: c.level, kind: 'adjustment', amountMinor: -remaining, currency: c.currency, rateBps: c.rateBps,
          status: 'approved', holdUntil: ctx.now, approvedAt: ctx.now, reversesCommissionId: c.id,
          reason: `rejected after payout: ${reason}`,
          calculation: { rule: 'rejection', reverses: c.id, commissionMinor: c.amountMinor, reversedMinor: remaining },
        })
        .onConflictDoNothing()
        .returning();
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
