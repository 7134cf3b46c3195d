import { inArray, type SQL, sql } from 'drizzle-orm';
import { type Commission, commissions } from '../../../schema';
import type { ServiceCall } from '../../context';
import {
  assertCommissionTransition,
  DISPUTABLE_COMMISSION_STATUSES,
  statusAfterDispute,
} from '../../domain/commission-status';

const HELD = sql.raw(`('disputed')`);
const DISPUTABLE = sql.raw(`(${DISPUTABLE_COMMISSION_STATUSES.map((s) => `'${s}'`).join(', ')})`);

/**
 * A sale's commission lines and the adjustments booked against those of them in `statuses`: an
 * adjustment against a paid line (a rejection after payout) is the next balance's, never held.
 */
const ofSale = (conversionId: string, statuses: SQL) =>
  sql`${commissions.conversionId} = ${conversionId} AND ${commissions.kind} = 'commission'
    OR ${commissions.reversesCommissionId} IN (
      SELECT o.id FROM affiliate.commissions o
      WHERE o.conversion_id = ${conversionId} AND o.kind = 'commission' AND o.status IN ${statuses})`;

/**
 * The sale's unpaid commission lines, and the unpaid adjustments booked against them, become
 * disputed: out of the hold release and of payout proposals. Lines already in a payout or paid
 * stay as they are (a lost dispute books an adjustment against them, as a refund would). A line
 * an open payout item still holds is that payout's, as in the balance query. Idempotent.
 */
export async function holdDisputedLines({ ctx, input }: ServiceCall<{ conversionId: string }>): Promise<Commission[]> {
  const { conversionId } = input;
  return ctx.db
    .update(commissions)
    .set({ status: 'disputed' })
    .where(
      sql`${commissions.status} IN ${DISPUTABLE}
        AND (${ofSale(conversionId, DISPUTABLE)})
        AND NOT EXISTS (SELECT 1 FROM affiliate.payout_item_commissions p WHERE p.commission_id = ${commissions.id})`,
    )
    .returning();
}

/**
 * Gives the lines a dispute held back the status the domain rule says (approved if the hold
 * release had approved them, else pending, which the hold release approves once the hold is over).
 */
export async function releaseDisputedLines({
  ctx,
  input,
}: ServiceCall<{ conversionId: string }>): Promise<Commission[]> {
  const { conversionId } = input;
  const held = await ctx.db
    .select()
    .from(commissions)
    .where(sql`${commissions.status} = 'disputed' AND (${ofSale(conversionId, HELD)})`)
    .for('update');
  const released: Commission[] = [];
  for (const status of ['pending', 'approved'] as const) {
    const ids = held.filter((c) => statusAfterDispute(c) === status).map((c) => c.id);
    if (ids.length === 0) continue;
    for (const c of held) if (ids.includes(c.id)) assertCommissionTransition(c.status, status);
    released.push(
      ...(await ctx.db.update(commissions).set({ status }).where(inArray(commissions.id, ids)).returning()),
    );
  }
  return released;
}
