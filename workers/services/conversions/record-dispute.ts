import { and, eq } from 'drizzle-orm';
import { type Commission, type Dispute, disputes } from '../../../schema';
import type { DisputeEvent } from '../../contracts/dispute-event';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { wordRuleVerdicts } from '../programs';
import { refreshConversionStats } from '../stats';
import type { CommissionView, ConversionOutcome } from './conversion-outcome';
import { describeEffects } from './describe-effects';
import { dispatchEffects } from './dispatch-effects';
import { holdDisputedLines, releaseDisputedLines } from './dispute-lines';
import { findOriginalConversion } from './find-original-conversion';
import { insertConversion } from './insert-conversion';
import { toCommissionView, toOutcome } from './load-conversion-outcome';
import { type Decided, decideConversion, type Settled } from './settle-conversion';

export interface RecordDisputeInput {
  appId: string;
  organizationId: string;
  dispute: DisputeEvent;
  /** The path the dispute came by; a lost dispute's refund is booked under it. Stripe when absent. */
  source?: 'stripe' | 'paddle' | 'billing_webhook';
}

/** What a dispute event did: the dispute now, the lines it held or gave back, the refund of a lost one. */
export interface DisputeOutcome {
  dispute: {
    id: string;
    disputeId: string;
    status: Dispute['status'];
    /** The sale whose commissions the dispute concerns; null when no sale matched the payment. */
    conversionId: string | null;
    amountMinor: number;
    currency: string;
  };
  /** Lines this event moved (to disputed, or back); empty for a repeat or a closed dispute. */
  commissions: CommissionView[];
  /** A lost dispute's refund, which reversed the sale's commissions as a refund of that amount. */
  refund: ConversionOutcome | null;
}

/** The dispute's row, created by its first event whatever its kind, and locked. */
async function lockDispute(ctx: ServiceContext, input: RecordDisputeInput): Promise<Dispute> {
  const { dispute } = input;
  await ctx.db
    .insert(disputes)
    .values({
      organizationId: input.organizationId,
      appId: input.appId,
      externalDisputeId: dispute.disputeId,
      orderId: dispute.orderId,
      amountMinor: dispute.amountMinor,
      currency: dispute.currency,
    })
    .onConflictDoNothing({ target: [disputes.appId, disputes.externalDisputeId] });
  const [row] = await ctx.db
    .select()
    .from(disputes)
    .where(and(eq(disputes.appId, input.appId), eq(disputes.externalDisputeId, dispute.disputeId)))
    .for('update');
  if (!row) throw new Error(`dispute ${input.appId}/${dispute.disputeId} conflicted but cannot be read`);
  if (row.conversionId || !row.orderId) return row;
  // Matched the way a refund finds its sale, so a better refund lookup serves disputes too.
  const found = await findOriginalConversion({ ctx, input: { conversion: { ...row, externalCustomerId: null } } });
  if (!found) return row;
  const [matched] = await ctx.db
    .update(disputes)
    .set({ conversionId: found.original.id })
    .where(eq(disputes.id, row.id))
    .returning();
  return matched!;
}

/**
 * A lost dispute is a forced refund: it is booked as one, so the reversal follows the refund rules.
 * `changed`: the disputed sale, whose lines this transaction released (their rollups move at its end).
 */
async function bookLoss(ctx: ServiceContext, input: RecordDisputeInput, changed: string[]): Promise<Decided | null> {
  const { dispute } = input;
  const { conversion, inserted } = await insertConversion({
    ctx,
    input: {
      appId: input.appId,
      organizationId: input.organizationId,
      source: input.source ?? 'stripe',
      event: {
        event_id: `dispute:${dispute.disputeId}:lost`,
        type: 'refund',
        ...(dispute.orderId ? { order_id: dispute.orderId } : {}),
        amount: dispute.amountMinor,
        currency: dispute.currency,
        occurred_at: dispute.occurredAt,
        metadata:
          (input.source ?? 'stripe') === 'stripe'
            ? { stripe_event_type: dispute.sourceType, stripe_dispute_id: dispute.disputeId }
            : { billing_event_type: dispute.sourceType, dispute_id: dispute.disputeId },
      },
    },
  });
  return inserted ? decideConversion({ ctx, input: { conversion, changed } }) : null;
}

/**
 * Applies one event of a payment dispute in one transaction. While open, the sale's unpaid lines
 * are held (disputed); won gives them back; lost gives them back and books a refund of the
 * disputed amount, which reverses them proportionally (after payout: a negative adjustment). A
 * closed dispute never reopens, so repeated and out-of-order events (closed before created)
 * change nothing.
 */
export async function recordDispute({ ctx, input }: ServiceCall<RecordDisputeInput>): Promise<DisputeOutcome> {
  const result = await inTransaction(ctx, async (tx) => {
    let row = await lockDispute(tx, input);
    let moved: Commission[] = [];
    let settled: Settled | null = null;
    if (row.status === 'open') {
      const phase = input.dispute.phase;
      const stats = { conversionIds: [] as string[], commissionIds: [] as string[] };
      if (row.conversionId) {
        moved = await (phase === 'opened' ? holdDisputedLines : releaseDisputedLines)({
          ctx: tx,
          input: { conversionId: row.conversionId },
        });
        stats.commissionIds.push(...moved.map((l) => l.id));
      }
      if (phase === 'lost') {
        const decided = await bookLoss(tx, input, row.conversionId ? [row.conversionId] : []);
        settled = decided?.settled ?? null;
        stats.conversionIds.push(...(decided?.stats.conversionIds ?? []));
        stats.commissionIds.push(...(decided?.stats.commissionIds ?? []));
      }
      if (phase !== 'opened') {
        const [closed] = await tx.db
          .update(disputes)
          .set({ status: phase, closedAt: tx.now, refundConversionId: settled?.conversion.id ?? null })
          .where(eq(disputes.id, row.id))
          .returning();
        row = closed!;
      }
      // Once, last: the released lines and the loss's refund together, so their conversion locks come in one round.
      await refreshConversionStats({ ctx: tx, input: stats });
    }
    return { row, moved, settled };
  });
  if (result.settled) await dispatchEffects({ ctx, input: { effects: describeEffects(result.settled, ctx.now) } });
  const { row, moved, settled } = result;
  await wordRuleVerdicts({ ctx, input: [...moved, ...(settled?.lines ?? [])] });
  return {
    dispute: {
      id: row.id,
      disputeId: row.externalDisputeId,
      status: row.status,
      conversionId: row.conversionId,
      amountMinor: row.amountMinor,
      currency: row.currency,
    },
    commissions: moved.map(toCommissionView),
    refund: settled ? toOutcome(settled.conversion, settled.lines, false) : null,
  };
}
