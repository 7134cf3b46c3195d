import { and, eq, inArray, sql } from 'drizzle-orm';
import { commissions, type Commission } from '../../../schema';
import type { ServiceCall } from '../../context';
import {
  LIVE_COMMISSION_STATUSES,
  UNPAID_COMMISSION_STATUSES,
  type UnpaidCommissionStatus,
} from '../../domain/commission-status';

/** What is left of a commission after the live adjustments already booked against it. */
export async function remainingOf({ ctx, input }: ServiceCall<{ commission: Commission }>): Promise<number> {
  const { commission } = input;
  const [row] = await ctx.db
    .select({ reversed: sql<string>`coalesce(sum(-${commissions.amountMinor}), 0)` })
    .from(commissions)
    .where(
      and(
        eq(commissions.reversesCommissionId, commission.id),
        inArray(commissions.status, [...LIVE_COMMISSION_STATUSES]),
      ),
    );
  return commission.amountMinor - Number(row!.reversed);
}

/**
 * Voids an unpaid commission together with the adjustments booked against it, so the pair never
 * leaves a negative remainder in the balance. Only unpaid (pending, approved, disputed) lines change.
 */
export function voidUnpaidCommission({
  ctx,
  input,
}: ServiceCall<{ commission: Commission; status: 'reversed' | 'rejected'; reason: string }>): Promise<Commission[]> {
  const { commission, status, reason } = input;
  return ctx.db
    .update(commissions)
    .set({ status, reason, ...(status === 'reversed' ? { reversedAt: ctx.now } : {}) })
    .where(
      sql`(${commissions.id} = ${commission.id} OR ${commissions.reversesCommissionId} = ${commission.id}) AND ${inArray(commissions.status, [...UNPAID_COMMISSION_STATUSES])}`,
    )
    .returning();
}

/**
 * Books a negative adjustment of `amountMinor` against a commission, on the conversion that
 * caused it (the refund, cancellation or rejected conversion). Idempotent on the commission's
 * unique key: a repeat books nothing and answers undefined.
 */
export async function bookAdjustment({
  ctx,
  input,
}: ServiceCall<{
  against: Commission;
  conversionId: string;
  amountMinor: number;
  /** An unpaid line's own status, so the pair is held, released or paid together. */
  status: UnpaidCommissionStatus;
  holdUntil: Date;
  approvedAt: Date | null;
  reason: string;
  calculation: Record<string, unknown>;
}>): Promise<Commission | undefined> {
  const c = input.against;
  const [adjustment] = await ctx.db
    .insert(commissions)
    .values({
      conversionId: input.conversionId,
      organizationId: c.organizationId,
      programId: c.programId,
      beneficiaryId: c.beneficiaryId,
      enrollmentId: c.enrollmentId,
      level: c.level,
      kind: 'adjustment',
      amountMinor: -input.amountMinor,
      currency: c.currency,
      rateBps: c.rateBps,
      status: input.status,
      holdUntil: input.holdUntil,
      approvedAt: input.approvedAt,
      reason: input.reason,
      reversesCommissionId: c.id,
      calculation: input.calculation,
    })
    .onConflictDoNothing()
    .returning();
  return adjustment;
}
