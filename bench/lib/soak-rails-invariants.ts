// The soak's checks of the gift-card, Wise and external rails (bench/lib/soak-rails.ts): what each provider's
// local server holds against our items, so an item paid twice, paid without our knowing, or refunded here while
// the money is still out shows, whatever the ledger's own sums say.
import type { ServiceContext } from '../../workers/context';
import type { InvariantResult } from './soak-invariants';
import type { TremendousOrderSeen, WiseTransferSeen } from './soak-rails';

const result = (name: string, rows: Record<string, unknown>[]): InvariantResult => ({
  name,
  ok: rows.length === 0,
  count: rows.length,
  rows: rows.slice(0, 5),
});

/** Wise states where the money left our balance and has not come back (bounced_back waits for its refund). */
const MONEY_OUT = new Set(['incoming_payment_waiting', 'processing', 'funds_converted', 'bounced_back']);

/**
 * Every transfer at Wise against our Wise items: one transfer per item (its customerTransactionId, however often
 * the send was retried), to the item's recipient in its currency; the transfer we recorded is that one; a
 * successful item's transfer was paid out, and an item closed unpaid has none paid out or funded still on its way.
 */
export async function paidOnceAtWise(ctx: ServiceContext, transfers: WiseTransferSeen[]): Promise<InvariantResult> {
  const items = (
    await ctx.db.execute(
      `SELECT i.id, i.status, i.currency, i.destination_ref, w.transfer_id
       FROM affiliate.payout_items i LEFT JOIN affiliate.wise_transfers w ON w.payout_item_id = i.id
       WHERE i.rail = 'wise'`,
    )
  ).rows as {
    id: string;
    status: string;
    currency: string;
    destination_ref: string | null;
    transfer_id: string | null;
  }[];
  const ours = new Map(items.map((i) => [i.id, i]));
  const byItem = new Map<string, WiseTransferSeen>();
  const rows: Record<string, unknown>[] = [];
  for (const t of transfers) {
    const item = ours.get(t.customerTransactionId);
    if (byItem.has(t.customerTransactionId)) {
      rows.push({
        problem: 'item transferred twice',
        item: t.customerTransactionId,
        transfers: [byItem.get(t.customerTransactionId)!.id, t.id],
      });
      continue;
    }
    byItem.set(t.customerTransactionId, t);
    if (!item || t.sourceCurrency !== item.currency || String(t.targetAccount) !== item.destination_ref) {
      rows.push({
        problem: 'transfer not ours as sent',
        transfer: t.id,
        item: t.customerTransactionId,
        ours: item ?? null,
      });
      continue;
    }
    if (item.status === 'success' && t.status !== 'outgoing_payment_sent')
      rows.push({ problem: `paid here, ${t.status} at Wise`, item: item.id, transfer: t.id });
    else if (item.status !== 'success' && item.status !== 'pending' && t.status === 'outgoing_payment_sent')
      rows.push({ problem: `money paid out at Wise for a ${item.status} item`, item: item.id, transfer: t.id });
    else if (item.status !== 'success' && item.status !== 'pending' && t.funded && MONEY_OUT.has(t.status))
      rows.push({ problem: `money on its way at Wise for a ${item.status} item`, item: item.id, transfer: t.id });
  }
  for (const item of items) {
    const t = byItem.get(item.id);
    if (item.transfer_id && String(t?.id) !== item.transfer_id)
      rows.push({
        problem: 'transfer recorded here, not at Wise',
        item: item.id,
        recorded: item.transfer_id,
        atWise: t?.id ?? null,
      });
    else if (item.status === 'success' && !t) rows.push({ problem: 'paid item without a transfer', item: item.id });
  }
  const paidOut = transfers.filter((t) => t.status === 'outgoing_payment_sent').length;
  const refunded = transfers.filter((t) => t.status === 'funds_refunded' || t.status === 'cancelled').length;
  return result(
    `nothing paid twice at Wise (${transfers.length} transfers, ${paidOut} paid out, ${refunded} refunded or cancelled): one transfer per customerTransactionId`,
    rows,
  );
}

/**
 * Every order at Tremendous against our gift-card items: one order per item (its external_id, however often the
 * send was retried), of the item's advertiser, for its amount and currency; the order we recorded is that one; a
 * successful item's order is executed, a refunded one's canceled, and an item closed otherwise has no live card.
 */
export async function paidOnceAtTremendous(
  ctx: ServiceContext,
  orders: { organizationId: string; order: TremendousOrderSeen }[],
): Promise<InvariantResult> {
  const items = (
    await ctx.db.execute(
      `SELECT i.id, i.status, i.organization_id, i.amount_minor::text AS amount_minor, i.currency, o.order_id
       FROM affiliate.payout_items i LEFT JOIN affiliate.tremendous_orders o ON o.payout_item_id = i.id
       WHERE i.rail = 'tremendous'`,
    )
  ).rows as {
    id: string;
    status: string;
    organization_id: string;
    amount_minor: string;
    currency: string;
    order_id: string | null;
  }[];
  const ours = new Map(items.map((i) => [i.id, i]));
  const byItem = new Map<string, TremendousOrderSeen>();
  const rows: Record<string, unknown>[] = [];
  for (const { organizationId, order } of orders) {
    const itemId = order.external_id ?? '';
    const item = ours.get(itemId);
    if (byItem.has(itemId)) {
      rows.push({ problem: 'item ordered twice', item: itemId, orders: [byItem.get(itemId)!.id, order.id] });
      continue;
    }
    byItem.set(itemId, order);
    const value = order.reward.value;
    if (
      !item ||
      item.organization_id !== organizationId ||
      value.currency_code !== item.currency ||
      Math.round(value.denomination * 100) !== Number(item.amount_minor)
    ) {
      rows.push({ problem: 'order not ours as sent', order: order.id, item: itemId, ours: item ?? null, value });
      continue;
    }
    if (item.status === 'success' && order.status !== 'EXECUTED')
      rows.push({ problem: `paid here, ${order.status} at Tremendous`, item: item.id, order: order.id });
    else if (item.status === 'refunded' && order.status !== 'CANCELED')
      rows.push({ problem: `refunded here, ${order.status} at Tremendous`, item: item.id, order: order.id });
    else if (item.status !== 'success' && item.status !== 'pending' && order.status === 'EXECUTED')
      rows.push({ problem: `gift card live at Tremendous for a ${item.status} item`, item: item.id, order: order.id });
  }
  for (const item of items) {
    const order = byItem.get(item.id);
    if (item.order_id && order?.id !== item.order_id)
      rows.push({
        problem: 'order recorded here, not at Tremendous',
        item: item.id,
        recorded: item.order_id,
        atTremendous: order?.id ?? null,
      });
    else if (item.status === 'success' && !order) rows.push({ problem: 'paid item without an order', item: item.id });
  }
  const canceled = orders.filter((o) => o.order.status === 'CANCELED').length;
  const undelivered = orders.filter((o) => o.order.reward.delivery.status === 'FAILED').length;
  return result(
    `nothing paid twice at Tremendous (${orders.length} orders, ${canceled} canceled, ${undelivered} emails failed): one order per external_id`,
    rows,
  );
}

/**
 * External items are settled once: one audited answer per item however often the advertiser answered (a repeat
 * changes nothing, the opposite answer is refused), and the item's status is that answer's.
 */
export async function externalSettledOnce(ctx: ServiceContext): Promise<InvariantResult> {
  const found = await ctx.db.execute(`
    WITH answers AS (
      SELECT after->>'itemId' AS item_id, count(*)::int AS n, min(action) AS action
      FROM logs.audit_log WHERE action IN ('payout_item.external_paid', 'payout_item.external_failed')
      GROUP BY 1)
    SELECT i.id, i.status, a.n AS answers, a.action
    FROM affiliate.payout_items i LEFT JOIN answers a ON a.item_id = i.id::text
    WHERE i.rail = 'external' AND (
      coalesce(a.n, 0) > 1
      OR (i.status = 'success') <> (a.action IS NOT DISTINCT FROM 'payout_item.external_paid')
      OR (i.status = 'failed' AND a.action IS DISTINCT FROM 'payout_item.external_failed'))
    LIMIT 20`);
  const counts = (
    await ctx.db.execute(
      `SELECT count(*) FILTER (WHERE status = 'success')::int AS paid, count(*) FILTER (WHERE status = 'failed')::int AS failed,
         count(*) FILTER (WHERE status = 'pending')::int AS waiting
       FROM affiliate.payout_items WHERE rail = 'external'`,
    )
  ).rows[0] as { paid: number; failed: number; waiting: number };
  return result(
    `external items settled once (${counts.paid} confirmed paid, ${counts.failed} failed, ${counts.waiting} awaiting confirmation): one answer each, the item's status`,
    found.rows as Record<string, unknown>[],
  );
}
