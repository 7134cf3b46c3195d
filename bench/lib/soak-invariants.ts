// The soak's checkpoint: the product's own ledger check (checkLedger, all advertisers) plus
// invariants written here again in plain SQL, from commission line statuses and payout items only,
// so a bug shared by the product's check and its balance query still shows.
import type { ServiceContext } from '../../workers/context';
import { formatPayPalAmount } from '../../workers/integrations/paypal/paypal-amount';
import { checkLedger } from '../../workers/services/finance';
import { CHECKS } from '../../test/stats-checks-sql';
import type { StripeTransferSeen } from './soak-stripe';
import { linesKeptAcrossMoves, TERMS_INVARIANTS, termsFigures } from './soak-terms-invariants';

export interface InvariantResult {
  name: string;
  ok: boolean;
  /** The first offending rows (at most 5), as returned by the query. */
  rows: Record<string, unknown>[];
  count: number;
}

const LIVE = `('pending', 'approved', 'in_payout', 'paid')`;
const OPEN_ITEM = `('pending', 'unclaimed', 'onhold')`;

/** Each query selects the offending rows; none means the invariant holds. */
const INVARIANTS: { name: string; sql: string }[] = [
  {
    // Per (advertiser, affiliate, currency): all live lines = hold + approved (not in an item) + in payout + paid.
    name: 'lines = hold + approved + in payout + paid',
    sql: `SELECT c.organization_id, c.beneficiary_id, c.currency, sum(c.amount_minor) AS live,
        sum(c.amount_minor) FILTER (WHERE c.status = 'pending') AS hold,
        sum(c.amount_minor) FILTER (WHERE c.status = 'approved' AND l.commission_id IS NULL) AS approved,
        sum(c.amount_minor) FILTER (WHERE c.status = 'in_payout') AS in_payout,
        sum(c.amount_minor) FILTER (WHERE c.status = 'paid') AS paid
      FROM affiliate.commissions c LEFT JOIN affiliate.payout_item_commissions l ON l.commission_id = c.id
      WHERE c.status IN ${LIVE}
      GROUP BY 1, 2, 3
      HAVING sum(c.amount_minor) <> coalesce(sum(c.amount_minor) FILTER (WHERE c.status IN ('pending', 'in_payout', 'paid') OR (c.status = 'approved' AND l.commission_id IS NULL)), 0)`,
  },
  {
    // What PayPal was told to pay and did (success items) equals the paid lines, per affiliate and currency.
    name: 'paid lines = successful payout items',
    sql: `WITH lines AS (
        SELECT organization_id, beneficiary_id AS affiliate_id, currency, sum(amount_minor) AS paid
        FROM affiliate.commissions WHERE status = 'paid' GROUP BY 1, 2, 3),
      items AS (
        SELECT organization_id, affiliate_id, currency, sum(amount_minor) AS paid
        FROM affiliate.payout_items WHERE status = 'success' GROUP BY 1, 2, 3)
      SELECT coalesce(l.organization_id, i.organization_id) AS organization_id, coalesce(l.affiliate_id, i.affiliate_id) AS affiliate_id,
        coalesce(l.currency, i.currency) AS currency, l.paid AS lines_paid, i.paid AS items_paid
      FROM lines l FULL JOIN items i USING (organization_id, affiliate_id, currency)
      WHERE coalesce(l.paid, 0) <> coalesce(i.paid, 0)`,
  },
  {
    name: 'in-payout lines = open payout items',
    sql: `WITH lines AS (
        SELECT organization_id, beneficiary_id AS affiliate_id, currency, sum(amount_minor) AS open
        FROM affiliate.commissions WHERE status = 'in_payout' GROUP BY 1, 2, 3),
      items AS (
        SELECT organization_id, affiliate_id, currency, sum(amount_minor) AS open
        FROM affiliate.payout_items WHERE status IN ${OPEN_ITEM} GROUP BY 1, 2, 3)
      SELECT coalesce(l.organization_id, i.organization_id) AS organization_id, coalesce(l.affiliate_id, i.affiliate_id) AS affiliate_id,
        coalesce(l.currency, i.currency) AS currency, l.open AS lines_open, i.open AS items_open
      FROM lines l FULL JOIN items i USING (organization_id, affiliate_id, currency)
      WHERE coalesce(l.open, 0) <> coalesce(i.open, 0)`,
  },
  {
    name: 'never reversed more than earned',
    sql: `SELECT c.id, c.amount_minor, sum(a.amount_minor) AS adjustments
      FROM affiliate.commissions c JOIN affiliate.commissions a ON a.reverses_commission_id = c.id AND a.status IN ${LIVE}
      WHERE c.kind = 'commission' GROUP BY c.id HAVING c.amount_minor + sum(a.amount_minor) < 0`,
  },
  {
    // Held money never goes negative, nor in payout, nor paid: negative lines only ever net against positive ones.
    name: 'no negative hold, in-payout or paid balance',
    sql: `SELECT organization_id, beneficiary_id, currency, status, sum(amount_minor) AS total
      FROM affiliate.commissions WHERE status IN ('pending', 'in_payout', 'paid')
      GROUP BY 1, 2, 3, 4 HAVING sum(amount_minor) < 0`,
  },
  {
    // An approved balance may be negative only by the clawbacks of money already paid out (refund or
    // rejection after payout) that it carries into the next payout.
    name: 'no negative approved balance except a carried clawback',
    sql: `SELECT c.organization_id, c.beneficiary_id, c.currency, sum(c.amount_minor) AS approved,
        coalesce(sum(c.amount_minor) FILTER (WHERE o.status IN ('in_payout', 'paid')), 0) AS carried
      FROM affiliate.commissions c
      LEFT JOIN affiliate.payout_item_commissions l ON l.commission_id = c.id
      LEFT JOIN affiliate.commissions o ON o.id = c.reverses_commission_id
      WHERE c.status = 'approved' AND l.commission_id IS NULL
      GROUP BY 1, 2, 3
      HAVING sum(c.amount_minor) - coalesce(sum(c.amount_minor) FILTER (WHERE o.status IN ('in_payout', 'paid')), 0) < 0`,
  },
  {
    name: 'each event stored once per app, each line once per conversion and level',
    sql: `(SELECT 'conversion' AS what, app_id::text AS key, event_id AS detail, count(*) AS n FROM affiliate.conversions GROUP BY app_id, event_id HAVING count(*) > 1)
      UNION ALL
      (SELECT 'commission', conversion_id::text, beneficiary_id::text || ' level ' || level, count(*) FROM affiliate.commissions
       WHERE kind = 'commission' GROUP BY conversion_id, beneficiary_id, level HAVING count(*) > 1)`,
  },
];

interface PayPalBatch {
  payoutBatchId: string;
  senderBatchId: string | null;
  items: {
    senderItemId: string | null;
    amount: { currency: string; value: string };
  }[];
}

/**
 * Nothing paid twice, seen from PayPal (the local server's record of every batch it created): each
 * of our payout items reached PayPal at most once, only in its own part's batch, for its amount;
 * and every part we recorded as sent is a batch PayPal has.
 */
async function paidOnceAtPayPal(ctx: ServiceContext, paypalUrl: string): Promise<InvariantResult> {
  const res = await fetch(`${paypalUrl}/__control/batches`);
  const { batches } = (await res.json()) as { batches: PayPalBatch[] };
  const parts = await ctx.db.execute(
    `SELECT p.sender_batch_id, p.paypal_batch_id, i.id AS item_id, i.amount_minor, i.currency
     FROM affiliate.payout_batch_parts p JOIN affiliate.payout_items i ON i.batch_id = p.batch_id AND i.part = p.part`,
  );
  const ours = new Map<string, { senderBatchId: string; amount: string }>();
  const recorded = new Set<string>();
  for (const r of parts.rows as {
    sender_batch_id: string;
    paypal_batch_id: string | null;
    item_id: string;
    amount_minor: string;
    currency: string;
  }[]) {
    ours.set(r.item_id, {
      senderBatchId: r.sender_batch_id,
      amount: formatPayPalAmount(Number(r.amount_minor), r.currency),
    });
    if (r.paypal_batch_id) recorded.add(r.paypal_batch_id);
  }
  const rows: Record<string, unknown>[] = [];
  const seen = new Map<string, string>();
  for (const b of batches) {
    recorded.delete(b.payoutBatchId);
    for (const item of b.items) {
      const id = item.senderItemId ?? '';
      const mine = ours.get(id);
      if (seen.has(id))
        rows.push({
          problem: 'item sent twice',
          item: id,
          batches: [seen.get(id), b.payoutBatchId],
        });
      else if (!mine || mine.senderBatchId !== b.senderBatchId || mine.amount !== item.amount.value)
        rows.push({
          problem: 'item not ours as sent',
          item: id,
          batch: b.senderBatchId,
          amount: item.amount,
          ours: mine ?? null,
        });
      seen.set(id, b.payoutBatchId);
    }
  }
  for (const id of recorded)
    rows.push({
      problem: 'part recorded as sent, unknown to PayPal',
      paypalBatchId: id,
    });
  return {
    name: `nothing paid twice at PayPal (${seen.size} items in ${batches.length} batches)`,
    ok: rows.length === 0,
    count: rows.length,
    rows: rows.slice(0, 5),
  };
}

/**
 * Every stats rollup holds what the same aggregate of the raw rows gives (the workers tests' comparison,
 * test/stats-checks-sql.ts), in one statement, so one snapshot: each settling transaction moves its raw rows and
 * its rollups together. What rules pay reads the rollups, so a rollup that drifted would pay wrongly.
 */
async function rollupsEqualRaw(ctx: ServiceContext): Promise<InvariantResult> {
  const differences = Object.entries(CHECKS).map(
    ([table, q]) => `SELECT '${table}' AS rollup, count(*)::int AS differing_rows
      FROM (((${q.rollup}) EXCEPT ALL (${q.raw})) UNION ALL ((${q.raw}) EXCEPT ALL (${q.rollup}))) d HAVING count(*) > 0`,
  );
  const found = await ctx.db.execute(differences.join(' UNION ALL '));
  const rows = found.rows as Record<string, unknown>[];
  return {
    name: `every stats rollup equals its aggregate of the raw rows (${differences.length} rollups)`,
    ok: rows.length === 0,
    count: rows.length,
    rows: rows.slice(0, 5),
  };
}

export interface Checkpoint {
  results: InvariantResult[];
  checkedLines: number;
  /** What groups, rules, caps and workflows did so far (soak-terms-invariants termsFigures). */
  terms: Record<string, number>;
}

/**
 * Payout items of both rails, counted per rail and status, and held to what each rail promises: a successful
 * Stripe item has its own transfer (none recorded twice, none missing), and a failed, reversed or otherwise
 * closed-unpaid item of either rail left no line in payout or paid through it (its lines went back to the
 * balance, unless a later item of the same affiliate took them again).
 */
async function payoutItemsByRail(ctx: ServiceContext): Promise<InvariantResult> {
  const counts = await ctx.db.execute(
    'SELECT rail, status, count(*)::int AS n FROM affiliate.payout_items GROUP BY 1, 2 ORDER BY 1, 2',
  );
  const byRail = new Map<string, string[]>();
  for (const r of counts.rows as { rail: string; status: string; n: number }[])
    byRail.set(r.rail, [...(byRail.get(r.rail) ?? []), `${r.status}=${r.n}`]);
  const violations = await ctx.db.execute(`
    (SELECT 'stripe transfer recorded twice' AS problem, stripe_transfer_id AS ref, count(*)::int AS n
     FROM affiliate.payout_items WHERE rail = 'stripe' AND stripe_transfer_id IS NOT NULL
     GROUP BY stripe_transfer_id HAVING count(*) > 1 LIMIT 20)
    UNION ALL
    (SELECT 'stripe item paid without a transfer', id::text, 1 FROM affiliate.payout_items
     WHERE rail = 'stripe' AND status = 'success' AND stripe_transfer_id IS NULL LIMIT 20)
    UNION ALL
    (SELECT 'line of a ' || i.rail || ' ' || i.status || ' item still ' || c.status, c.id::text, 1
     FROM affiliate.payout_items i
     JOIN affiliate.payout_item_commissions l ON l.payout_item_id = i.id
     JOIN affiliate.commissions c ON c.id = l.commission_id
     WHERE i.status NOT IN ('pending', 'success', 'unclaimed', 'onhold') AND c.status IN ('in_payout', 'paid')
       AND NOT EXISTS (
         SELECT 1 FROM affiliate.payout_item_commissions l2 JOIN affiliate.payout_items i2 ON i2.id = l2.payout_item_id
         WHERE l2.commission_id = c.id AND i2.id <> i.id AND i2.status IN ('pending', 'success', 'unclaimed', 'onhold'))
     LIMIT 20)`);
  const rows = violations.rows as Record<string, unknown>[];
  const summary = [...byRail].map(([rail, s]) => `${rail} ${s.join(' ')}`).join('; ') || 'none yet';
  return {
    name: `payout items by rail (${summary}): each Stripe transfer once, unpaid items' lines back in the balance`,
    ok: rows.length === 0,
    count: rows.length,
    rows: rows.slice(0, 5),
  };
}

/**
 * Each rail counted on its own, whatever the statuses: its items, and what its successful items paid against the
 * paid lines they carry (per advertiser, affiliate and currency), so a rail whose items drift is named. Once the
 * run has any payout item, every rail of `rails` (the rails the run pays through) must have items too: a
 * both-rails run whose Stripe side sent nothing would otherwise check PayPal alone and still pass.
 */
export async function paidPerRail(ctx: ServiceContext, rails: readonly string[]): Promise<InvariantResult> {
  const counted = (
    await ctx.db.execute('SELECT rail, count(*)::int AS n FROM affiliate.payout_items GROUP BY rail ORDER BY rail')
  ).rows as { rail: string; n: number }[];
  const items = new Map(counted.map((r) => [r.rail, r.n]));
  const any = counted.some((r) => r.n > 0);
  const rows: Record<string, unknown>[] = [];
  if (any)
    for (const rail of rails)
      if (!items.get(rail)) rows.push({ problem: `no ${rail} item though the run pays through ${rail}` });
  const differing = await ctx.db.execute(`
    WITH lines AS (
        SELECT i.rail, i.organization_id, i.affiliate_id, i.currency, sum(c.amount_minor) AS paid
        FROM affiliate.payout_items i
        JOIN affiliate.payout_item_commissions l ON l.payout_item_id = i.id
        JOIN affiliate.commissions c ON c.id = l.commission_id AND c.status = 'paid'
        WHERE i.status = 'success' GROUP BY 1, 2, 3, 4),
      items AS (
        SELECT rail, organization_id, affiliate_id, currency, sum(amount_minor) AS paid
        FROM affiliate.payout_items WHERE status = 'success' GROUP BY 1, 2, 3, 4)
    SELECT coalesce(l.rail, i.rail) AS rail, coalesce(l.organization_id, i.organization_id) AS organization_id,
      coalesce(l.affiliate_id, i.affiliate_id) AS affiliate_id, coalesce(l.currency, i.currency) AS currency,
      l.paid AS lines_paid, i.paid AS items_paid
    FROM lines l FULL JOIN items i USING (rail, organization_id, affiliate_id, currency)
    WHERE coalesce(l.paid, 0) <> coalesce(i.paid, 0)
    LIMIT 20`);
  rows.push(...(differing.rows as Record<string, unknown>[]));
  const summary = [...new Set([...rails, ...items.keys()])].map((rail) => `${rail} ${items.get(rail) ?? 0}`);
  return {
    name: `paid lines = successful items, rail by rail (items: ${summary.join(', ')})`,
    ok: rows.length === 0,
    count: rows.length,
    rows: rows.slice(0, 5),
  };
}

/**
 * What Stripe moved against what the ledger says, from the local server's list of every transfer the
 * platform made: each transfer is one of our Stripe items, for its amount, currency and account, and
 * no item has two; every transfer we recorded exists; a successful item's transfer is not reversed
 * in full, except while its part is still watched (the poll or a late webhook brings the reversal);
 * a reversed item's transfer is reversed in full; an item that failed or was never paid has no live
 * transfer. Partial reversals move nothing (finance settles them) and are only counted. The name
 * also counts the failed bank payouts of connected accounts the webhooks recorded, which move nothing.
 */
export async function paidOnceAtStripe(ctx: ServiceContext, transfers: StripeTransferSeen[]): Promise<InvariantResult> {
  const items = (
    await ctx.db.execute(
      `SELECT i.id, i.status, i.amount_minor::text AS amount_minor, i.currency, i.stripe_account_id, i.stripe_transfer_id,
         p.status AS part_status
       FROM affiliate.payout_items i JOIN affiliate.payout_batch_parts p ON p.batch_id = i.batch_id AND p.part = i.part
       WHERE i.rail = 'stripe'`,
    )
  ).rows as {
    id: string;
    status: string;
    amount_minor: string;
    currency: string;
    stripe_account_id: string | null;
    stripe_transfer_id: string | null;
    part_status: string;
  }[];
  const noted = (
    await ctx.db.execute(
      `SELECT count(*)::int AS n FROM affiliate.payout_methods WHERE rail = 'stripe' AND stripe_last_payout_status = 'failed'`,
    )
  ).rows[0] as { n: number };
  const ours = new Map(items.map((i) => [i.id, i]));
  const byItem = new Map<string, StripeTransferSeen>();
  const rows: Record<string, unknown>[] = [];
  let watched = 0;
  let partial = 0;
  for (const tr of transfers) {
    const itemId = tr.metadata.payout_item_id ?? '';
    const item = ours.get(itemId);
    if (byItem.has(itemId)) {
      rows.push({ problem: 'item transferred twice', item: itemId, transfers: [byItem.get(itemId)!.id, tr.id] });
      continue;
    }
    byItem.set(itemId, tr);
    if (
      !item ||
      String(tr.amount) !== item.amount_minor ||
      tr.currency !== item.currency.toLowerCase() ||
      tr.destination !== item.stripe_account_id
    ) {
      rows.push({ problem: 'transfer not ours as sent', transfer: tr.id, item: itemId, ours: item ?? null });
      continue;
    }
    if (tr.amount_reversed > 0 && !tr.reversed) partial++;
    if (item.status === 'success' && tr.reversed) {
      if (item.part_status === 'sent') watched++;
      else rows.push({ problem: 'reversed at Stripe, still paid here', item: item.id, transfer: tr.id });
    } else if (item.status === 'reversed' && !tr.reversed)
      rows.push({
        problem: 'reversed here, not at Stripe',
        item: item.id,
        transfer: tr.id,
        left: tr.amount - tr.amount_reversed,
      });
    else if (item.status !== 'success' && item.status !== 'reversed' && item.status !== 'pending' && !tr.reversed)
      rows.push({ problem: `money at Stripe for a ${item.status} item`, item: item.id, transfer: tr.id });
  }
  for (const item of items) {
    const tr = byItem.get(item.id);
    if (item.stripe_transfer_id && tr?.id !== item.stripe_transfer_id)
      rows.push({
        problem: 'transfer recorded here, not at Stripe',
        item: item.id,
        recorded: item.stripe_transfer_id,
        atStripe: tr?.id ?? null,
      });
    else if (item.status === 'success' && !tr) rows.push({ problem: 'paid item without a transfer', item: item.id });
  }
  const reversed = transfers.filter((t) => t.reversed).length;
  return {
    name: `nothing paid twice at Stripe (${transfers.length} transfers, ${reversed} reversed in full (${watched} not yet read back), ${partial} in part; ${noted.n} connected accounts' bank payouts failed, nothing moved)`,
    ok: rows.length === 0,
    count: rows.length,
    rows: rows.slice(0, 5),
  };
}

/**
 * Runs checkLedger and every invariant above; `clicksExpected` checks every click was written once,
 * with `paypalUrl` (the local PayPal server) what PayPal was sent is checked too, and with `kept`
 * (the previous checkpoint's view of moved members' lines) that those lines did not change; with
 * `transfers` (the local Stripe server's) what Stripe moved is checked too, and with `rails` (the rails the run
 * pays through) each rail is counted and checked on its own (paidPerRail).
 */
export async function runCheckpoint(
  ctx: ServiceContext,
  clicksExpected: number,
  paypalUrl?: string,
  kept?: Map<string, string>,
  transfers?: StripeTransferSeen[],
  rails?: readonly string[],
): Promise<Checkpoint> {
  const results: InvariantResult[] = [];
  const ledger = await checkLedger({ ctx, input: {} });
  results.push({
    name: 'checkLedger (product)',
    ok: ledger.ok,
    count: ledger.discrepancies.length,
    rows: ledger.discrepancies.slice(0, 5) as unknown as Record<string, unknown>[],
  });
  for (const inv of [...INVARIANTS, ...TERMS_INVARIANTS]) {
    const found = await ctx.db.execute(`${inv.sql} LIMIT 100`);
    const rows = found.rows as Record<string, unknown>[];
    results.push({
      name: inv.name,
      ok: rows.length === 0,
      count: rows.length,
      rows: rows.slice(0, 5),
    });
  }
  results.push(await rollupsEqualRaw(ctx));
  const clicks = await ctx.db.execute(
    'SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids FROM affiliate.clicks',
  );
  const c = clicks.rows[0] as { n: number; ids: number };
  results.push({
    name: 'every click written once',
    ok: c.n === clicksExpected && c.ids === c.n,
    count: c.n === clicksExpected ? 0 : 1,
    rows: c.n === clicksExpected ? [] : [{ stored: c.n, distinct: c.ids, expected: clicksExpected }],
  });
  if (paypalUrl) results.push(await paidOnceAtPayPal(ctx, paypalUrl));
  results.push(await payoutItemsByRail(ctx));
  if (rails) results.push(await paidPerRail(ctx, rails));
  if (transfers) results.push(await paidOnceAtStripe(ctx, transfers));
  if (kept) results.push(await linesKeptAcrossMoves(ctx, kept));
  return {
    results,
    checkedLines: ledger.checkedLines,
    terms: await termsFigures(ctx),
  };
}
