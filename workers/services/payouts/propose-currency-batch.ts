import { and, eq, max, sql } from 'drizzle-orm';
import { commissions, payoutBatches, payoutItemCommissions, payoutItems, programs } from '../../../schema';
import { inTransaction, type ServiceContext } from '../../context';
import { planPayoutItems, type PlannedItem } from '../../domain/payout-plan';
import { recordAudit } from '../audit/record-audit';
import { refreshBatchTotals } from './refresh-batch-totals';

export interface CurrencyProposal {
  batchId: string;
  organizationId: string;
  currency: string;
  created: boolean;
  itemsAdded: number;
  itemsExtended: number;
  linesLinked: number;
  totalMinor: number;
  itemCount: number;
}

// Multi-row inserts stay well under Postgres' 65,535 parameters per statement.
const CHUNK = 2_000;
const chunks = <T>(rows: T[]) => Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => rows.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * Approved lines of this advertiser and currency not in any payout yet, locked (only the lines:
 * FOR UPDATE OF c), with their program's minimum and their affiliate's PayPal email.
 */
async function openLines(ctx: ServiceContext, organizationId: string, currency: string) {
  const result = await ctx.db.execute(sql`
    SELECT c.id, c.beneficiary_id, c.amount_minor::text AS amount_minor, p.payout_min_minor::text AS payout_min_minor,
           u.paypal_email, u.paypal_email_verified_at IS NOT NULL AS verified
    FROM affiliate.commissions c
    JOIN affiliate.programs p ON p.id = c.program_id
    JOIN affiliate.users u ON u.id = c.beneficiary_id
    WHERE c.organization_id = ${organizationId} AND c.currency = ${currency} AND c.status = 'approved'
      AND NOT EXISTS (SELECT 1 FROM affiliate.payout_item_commissions l WHERE l.commission_id = c.id)
    FOR UPDATE OF c`);
  return (result.rows as { id: string; beneficiary_id: string; amount_minor: string; payout_min_minor: string; paypal_email: string | null; verified: boolean }[]).map((r) => ({
    commissionId: r.id,
    affiliateId: r.beneficiary_id,
    amountMinor: Number(r.amount_minor),
    programMinMinor: Number(r.payout_min_minor),
    paypalEmail: r.verified ? r.paypal_email : null,
  }));
}

/** The items already in the open proposal, with the highest program minimum among their lines. */
function existingItems(ctx: ServiceContext, batchId: string) {
  return ctx.db
    .select({ itemId: payoutItems.id, affiliateId: payoutItems.affiliateId, amountMinor: payoutItems.amountMinor, programMinMinor: sql<number>`coalesce(${max(programs.payoutMinMinor)}, 0)::bigint`.mapWith(Number) })
    .from(payoutItems)
    .leftJoin(payoutItemCommissions, eq(payoutItemCommissions.payoutItemId, payoutItems.id))
    .leftJoin(commissions, eq(commissions.id, payoutItemCommissions.commissionId))
    .leftJoin(programs, eq(programs.id, commissions.programId))
    .where(eq(payoutItems.batchId, batchId))
    .groupBy(payoutItems.id);
}

/** Writes the planned items and links their lines; every line moves to in_payout exactly once. */
async function writePlan(ctx: ServiceContext, batch: { id: string; organizationId: string; currency: string }, plan: PlannedItem[], emails: Map<string, string>): Promise<number> {
  const fresh = plan.filter((p) => p.existingItemId === null);
  const inserted: { id: string; affiliateId: string }[] = [];
  for (const rows of chunks(fresh)) {
    inserted.push(
      ...(await ctx.db
        .insert(payoutItems)
        .values(rows.map((p) => ({ batchId: batch.id, affiliateId: p.affiliateId, organizationId: batch.organizationId, amountMinor: p.totalMinor, currency: batch.currency, receiverEmail: emails.get(p.affiliateId)! })))
        .returning({ id: payoutItems.id, affiliateId: payoutItems.affiliateId })),
    );
  }
  const itemOf = new Map(inserted.map((r) => [r.affiliateId, r.id]));
  for (const p of plan) {
    if (p.existingItemId === null) continue;
    itemOf.set(p.affiliateId, p.existingItemId);
    // The latest verified address: the money has not left yet, so it follows the affiliate's change.
    await ctx.db.update(payoutItems).set({ amountMinor: p.totalMinor, receiverEmail: emails.get(p.affiliateId)!, updatedAt: ctx.now }).where(eq(payoutItems.id, p.existingItemId));
  }
  const links = plan.flatMap((p) => p.commissionIds.map((commissionId) => ({ payoutItemId: itemOf.get(p.affiliateId)!, commissionId })));
  // commission_id is the primary key: a line already in another item fails the whole transaction.
  for (const rows of chunks(links)) await ctx.db.insert(payoutItemCommissions).values(rows);
  const moved = await ctx.db.execute(sql`
    UPDATE affiliate.commissions c SET status = 'in_payout', updated_at = ${ctx.now}
    FROM affiliate.payout_item_commissions l JOIN affiliate.payout_items i ON i.id = l.payout_item_id
    WHERE l.commission_id = c.id AND i.batch_id = ${batch.id} AND c.status = 'approved'
    RETURNING c.id`);
  if (moved.rows.length !== links.length) throw new Error(`proposal moved ${moved.rows.length} lines to in_payout, expected ${links.length}`);
  return links.length;
}

/**
 * One advertiser and currency, in one transaction serialized by an advisory lock on the pair:
 * every affiliate whose approved, unlinked net reaches its threshold and who has a verified
 * PayPal email gets an item in the single proposed batch (created or extended). The unique
 * "one proposed batch" index and commission_id primary key stay the last line of defence.
 * Returns null when nobody qualifies (no empty batch is created).
 */
export function proposeCurrencyBatch(ctx: ServiceContext, input: { organizationId: string; currency: string }): Promise<CurrencyProposal | null> {
  const { organizationId, currency } = input;
  return inTransaction(ctx, async (tx) => {
    await tx.db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`payouts:${organizationId}`}), hashtext(${currency}))`);
    let [batch] = await tx.db
      .select()
      .from(payoutBatches)
      .where(and(eq(payoutBatches.organizationId, organizationId), eq(payoutBatches.currency, currency), eq(payoutBatches.status, 'proposed')))
      .for('update');
    const lines = await openLines(tx, organizationId, currency);
    const emails = new Map<string, string>();
    for (const l of lines) if (l.paypalEmail) emails.set(l.affiliateId, l.paypalEmail);
    const plan = planPayoutItems({
      lines,
      existing: batch ? await existingItems(tx, batch.id) : [],
      verifiedAffiliates: new Set(emails.keys()),
      platformMinMinor: ctx.config.PAYOUT_MIN_MINOR,
    });
    if (plan.length === 0) return null;
    const created = !batch;
    const actorId = ctx.actor?.userId ?? null;
    if (!batch) {
      [batch] = await tx.db.insert(payoutBatches).values({ organizationId, currency, totalMinor: 0, itemCount: 0, proposedAt: ctx.now, createdById: actorId }).returning();
    } else if (!batch.createdById && actorId) {
      // Whoever adds items by hand shares in creating the batch (separation of duties).
      await tx.db.update(payoutBatches).set({ createdById: actorId, updatedAt: ctx.now }).where(eq(payoutBatches.id, batch.id));
    }
    const linesLinked = await writePlan(tx, batch!, plan, emails);
    const totals = await refreshBatchTotals(tx, batch!.id);
    const summary: CurrencyProposal = {
      batchId: batch!.id, organizationId, currency, created,
      itemsAdded: plan.filter((p) => p.existingItemId === null).length,
      itemsExtended: plan.filter((p) => p.existingItemId !== null).length,
      linesLinked, ...totals,
    };
    await recordAudit({ ctx: tx, input: { action: created ? 'payout_batch.proposed' : 'payout_batch.extended', targetType: 'payout_batch', targetId: batch!.id, organizationId, after: summary } });
    return summary;
  });
}
