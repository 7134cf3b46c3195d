import { and, eq, sql } from 'drizzle-orm';
import { payoutBatches, payoutItems, payoutScheduleRuns } from '../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { uuidv7 } from '../../contracts/ids';
import { planPayoutItems, type PlannedItem } from '../../domain/payout-plan';
import { DEFAULT_RAIL, type RailFees, railFeeMinor } from '../../domain/payout-rails';
import { readRailFees } from '../rail-fees';
import type { PayoutRail } from '../../../schema/enums';
import { type RailDestination, railDestinations } from './rail-destinations';
import { recordAudit } from '../audit';
import { platformMinimums } from './platform-minimums';
import { refreshBatchTotals } from './refresh-batch-totals';
import { autoApproveBatch } from './auto-approve-batch';
import { scheduledLines } from './scheduled-lines';
import { refreshConversionStats } from '../stats';
import { payoutsHeldForTaxForms } from '../tax';

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
  /** The system approved it under the advertiser's auto-approval limit. */
  autoApproved: boolean;
}

/**
 * The scheduled periods this proposal ran, in its transaction; ON CONFLICT: a concurrent run that recorded the
 * period first (the advisory lock makes that the same proposal's rerun) keeps its row.
 */
async function recordScheduleRuns(
  ctx: ServiceContext,
  runs: { programId: string; period: string }[],
  currency: string,
  batchId: string | null,
) {
  if (runs.length === 0) return;
  await ctx.db
    .insert(payoutScheduleRuns)
    .values(runs.map((r) => ({ ...r, currency, batchId, createdAt: ctx.now })))
    .onConflictDoNothing();
}

/**
 * What a line's program adds to the minimum, in SQL: its override only for lines in the program's
 * own currency (programMinimumFor in workers/domain/payout-minimum.ts states the same rule).
 */
const programMinimum = sql`CASE WHEN p.currency = c.currency THEN coalesce(p.payout_min_minor, 0) ELSE 0 END`;

/**
 * Approved lines of this advertiser and currency not in any payout yet, locked (only the lines:
 * FOR UPDATE OF c), with their program's minimum and the rail their affiliate chose with the advertiser.
 */
async function openLines(ctx: ServiceContext, organizationId: string, currency: string) {
  const result = await ctx.db.execute(sql`
    SELECT c.id, c.beneficiary_id, c.amount_minor::text AS amount_minor, (${programMinimum})::text AS payout_min_minor,
           m.rail, c.program_id, p.currency AS program_currency
    FROM affiliate.commissions c
    JOIN affiliate.programs p ON p.id = c.program_id
    LEFT JOIN affiliate.payout_methods m ON m.affiliate_id = c.beneficiary_id AND m.organization_id = c.organization_id
    WHERE c.organization_id = ${organizationId} AND c.currency = ${currency} AND c.status = 'approved'
      AND NOT EXISTS (SELECT 1 FROM affiliate.payout_item_commissions l WHERE l.commission_id = c.id)
    FOR UPDATE OF c`);
  return (
    result.rows as {
      id: string;
      beneficiary_id: string;
      amount_minor: string;
      payout_min_minor: string;
      rail: PayoutRail | null;
      program_id: string;
      program_currency: string;
    }[]
  ).map((r) => ({
    commissionId: r.id,
    programId: r.program_id,
    programCurrency: r.program_currency,
    currency,
    affiliateId: r.beneficiary_id,
    amountMinor: Number(r.amount_minor),
    programMinMinor: Number(r.payout_min_minor),
    rail: r.rail ?? DEFAULT_RAIL,
  }));
}

/** The items already in the open proposal, with the highest program minimum among their lines. */
async function existingItems(ctx: ServiceContext, batchId: string) {
  const result = await ctx.db.execute(sql`
    SELECT i.id, i.affiliate_id, i.amount_minor::text AS amount_minor,
           coalesce(max(${programMinimum}), 0)::text AS program_min_minor
    FROM affiliate.payout_items i
    LEFT JOIN affiliate.payout_item_commissions l ON l.payout_item_id = i.id
    LEFT JOIN affiliate.commissions c ON c.id = l.commission_id
    LEFT JOIN affiliate.programs p ON p.id = c.program_id
    WHERE i.batch_id = ${batchId}
    GROUP BY i.id`);
  return (result.rows as { id: string; affiliate_id: string; amount_minor: string; program_min_minor: string }[]).map(
    (r) => ({
      itemId: r.id,
      affiliateId: r.affiliate_id,
      amountMinor: Number(r.amount_minor),
      programMinMinor: Number(r.program_min_minor),
    }),
  );
}

/** Rows as one JSON parameter: one statement for 15,000 rows, far from Postgres' 65,535-parameter cap. */
const recordset = (rows: object[]) => sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)`;

/** Writes the planned items and links their lines; every line moves to in_payout exactly once. */
async function writePlan(
  ctx: ServiceContext,
  batch: { id: string; organizationId: string; currency: string },
  plan: PlannedItem[],
  destinations: Map<string, RailDestination>,
  fees: RailFees,
): Promise<number> {
  const fee = (p: PlannedItem) =>
    railFeeMinor(fees[destinations.get(p.affiliateId)!.rail], p.totalMinor, batch.currency);
  const itemOf = new Map<string, string>();
  const fresh = [];
  for (const p of plan) {
    const id = p.existingItemId ?? uuidv7();
    itemOf.set(p.affiliateId, id);
    if (p.existingItemId === null)
      fresh.push({
        id,
        affiliate_id: p.affiliateId,
        amount_minor: p.totalMinor,
        rail: destinations.get(p.affiliateId)!.rail,
        receiver_email: destinations.get(p.affiliateId)!.receiverEmail,
        stripe_account_id: destinations.get(p.affiliateId)!.stripeAccountId,
        destination_ref: destinations.get(p.affiliateId)!.destinationRef,
        fee_minor: fee(p),
      });
  }
  if (fresh.length > 0) {
    await ctx.db.execute(sql`
      INSERT INTO affiliate.payout_items (id, batch_id, affiliate_id, organization_id, amount_minor, currency, rail, receiver_email, stripe_account_id, destination_ref, fee_minor)
      SELECT x.id, ${batch.id}, x.affiliate_id, ${batch.organizationId}, x.amount_minor, ${batch.currency}, x.rail, x.receiver_email, x.stripe_account_id, x.destination_ref, x.fee_minor
      FROM ${recordset(fresh)} AS x(id uuid, affiliate_id uuid, amount_minor bigint, rail text, receiver_email text, stripe_account_id text, destination_ref text, fee_minor bigint)`);
  }
  for (const p of plan) {
    if (p.existingItemId === null) continue;
    // The latest method and address: the money has not left yet, so it follows the affiliate's change.
    const d = destinations.get(p.affiliateId)!;
    await ctx.db
      .update(payoutItems)
      .set({
        amountMinor: p.totalMinor,
        rail: d.rail,
        receiverEmail: d.receiverEmail,
        stripeAccountId: d.stripeAccountId,
        destinationRef: d.destinationRef,
        feeMinor: fee(p),
        updatedAt: ctx.now,
      })
      .where(eq(payoutItems.id, p.existingItemId));
  }
  const links = plan.flatMap((p) =>
    p.commissionIds.map((commissionId) => ({
      payout_item_id: itemOf.get(p.affiliateId)!,
      commission_id: commissionId,
    })),
  );
  // commission_id is the primary key: a line already in another item fails the whole transaction.
  await ctx.db.execute(sql`
    INSERT INTO affiliate.payout_item_commissions (payout_item_id, commission_id)
    SELECT x.payout_item_id, x.commission_id FROM ${recordset(links)} AS x(payout_item_id uuid, commission_id uuid)`);
  // MATERIALIZED: parsed once, never re-run as the inner side of a nested loop.
  const moved = await ctx.db.execute(sql`
    WITH x AS MATERIALIZED (SELECT * FROM ${recordset(links)} AS r(payout_item_id uuid, commission_id uuid)),
    moved AS (
      UPDATE affiliate.commissions c SET status = 'in_payout', updated_at = ${ctx.now}
      FROM x WHERE c.id = x.commission_id AND c.status = 'approved'
      RETURNING 1)
    SELECT count(*)::int AS n FROM moved`);
  const n = (moved.rows[0] as { n: number }).n;
  if (n !== links.length) throw new Error(`proposal moved ${n} lines to in_payout, expected ${links.length}`);
  return links.length;
}

/**
 * One advertiser and currency, in one transaction serialized by an advisory lock on the pair:
 * every affiliate whose approved, unlinked net reaches its threshold (the currency's platform
 * minimum, raised by its programs' own) and whose chosen rail can pay them (the rail's destinations
 * step: a verified PayPal email, a Stripe account that can receive payouts…) gets an item in the
 * single proposed batch (created or extended). The unique "one proposed batch" index and
 * commission_id primary key stay the last line of defence. Returns null when nobody qualifies
 * (no empty batch is created), and for a currency without a platform minimum: PayPal does not
 * pay it out, so its lines stay approved.
 */
export function proposeCurrencyBatch({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; currency: string; scheduled?: boolean }>): Promise<CurrencyProposal | null> {
  const { organizationId, currency } = input;
  return inTransaction(ctx, async (tx) => {
    await tx.db.execute(
      sql`SELECT pg_advisory_xact_lock(hashtext(${`payouts:${organizationId}`}), hashtext(${currency}))`,
    );
    const platformMinMinor = (await platformMinimums({ ctx: tx, input: { currencies: [currency] } })).get(currency);
    if (platformMinMinor === undefined) {
      ctx.log.warn('payout_currency_without_minimum', { organizationId, currency });
      return null;
    }
    let [batch] = await tx.db
      .select()
      .from(payoutBatches)
      .where(
        and(
          eq(payoutBatches.organizationId, organizationId),
          eq(payoutBatches.currency, currency),
          eq(payoutBatches.status, 'proposed'),
        ),
      )
      .for('update');
    let lines = await openLines(tx, organizationId, currency);
    // The cron takes only what each program's schedule makes due; "propose now" takes every program's lines.
    let runs: { programId: string; period: string }[] = [];
    if (input.scheduled)
      ({ lines, runs } = await scheduledLines({ ctx: tx, input: { organizationId, currency, lines } }));
    // Each affiliate's destination on their chosen rail; one held (the rail says why) waits in the balance.
    const { destinations, held: unpayable } = await railDestinations({
      ctx: tx,
      input: { organizationId, currency, lines },
    });
    if (unpayable.size > 0) ctx.log.info('payout_affiliates_held', { organizationId, currency, held: unpayable.size });
    const planned = planPayoutItems({
      lines,
      existing: batch ? await existingItems(tx, batch.id) : [],
      verifiedAffiliates: new Set(destinations.keys()),
      platformMinMinor,
    });
    // Held for a missing tax form: their lines stay approved until the form is in (the affiliate sees why).
    const held = await payoutsHeldForTaxForms({
      ctx: tx,
      input: { organizationId, currency, payouts: new Map(planned.map((p) => [p.affiliateId, p.addMinor])) },
    });
    const plan = planned.filter((p) => !held.has(p.affiliateId));
    if (held.size > 0) ctx.log.info('payouts_held_for_tax_forms', { organizationId, currency, affiliates: held.size });
    if (plan.length === 0) {
      await recordScheduleRuns(tx, runs, currency, null);
      return null;
    }
    const created = !batch;
    const actorId = ctx.actor?.userId ?? null;
    if (!batch) {
      [batch] = await tx.db
        .insert(payoutBatches)
        .values({ organizationId, currency, totalMinor: 0, itemCount: 0, proposedAt: ctx.now, createdById: actorId })
        .returning();
    } else if (!batch.createdById && actorId) {
      // Whoever adds items by hand shares in creating the batch (separation of duties).
      await tx.db
        .update(payoutBatches)
        .set({ createdById: actorId, updatedAt: ctx.now })
        .where(eq(payoutBatches.id, batch.id));
    }
    const { fees } = await readRailFees({ ctx: tx, input: { organizationId } });
    const linesLinked = await writePlan(tx, batch!, plan, destinations, fees);
    await recordScheduleRuns(tx, runs, currency, batch!.id);
    const totals = await refreshBatchTotals({ ctx: tx, input: { batchId: batch!.id } });
    const summary: Omit<CurrencyProposal, 'autoApproved'> = {
      batchId: batch!.id,
      organizationId,
      currency,
      created,
      itemsAdded: plan.filter((p) => p.existingItemId === null).length,
      itemsExtended: plan.filter((p) => p.existingItemId !== null).length,
      linesLinked,
      ...totals,
    };
    await recordAudit({
      ctx: tx,
      input: {
        action: created ? 'payout_batch.proposed' : 'payout_batch.extended',
        targetType: 'payout_batch',
        targetId: batch!.id,
        organizationId,
        after: summary,
      },
    });
    await refreshConversionStats({ ctx: tx, input: { commissionIds: plan.flatMap((p) => p.commissionIds) } });
    // Under the advertiser's limit the system approves it now, in this transaction; over it, four-eyes.
    const autoApproved = await autoApproveBatch({
      ctx: tx,
      input: {
        batchId: batch!.id,
        organizationId,
        currency,
        totalMinor: totals.totalMinor,
        itemCount: totals.itemCount,
      },
    });
    return { ...summary, autoApproved };
  });
}
