import { sql } from 'drizzle-orm';
import { inTransaction, type ServiceCall } from '../../../../context';
import { PAYABLE_ITEM_STATUSES } from '../../../../domain/payout-item-transition';
import type { NotificationRequest } from '../../../notifications';
import { payoutNotification } from '../../payout-notification';
import { refreshConversionStats } from '../../../stats';
import { issueSelfBillingInvoices } from '../../../tax';

export interface PaidResult {
  payoutItemId: string;
  paypalItemId: string | null;
  transactionId: string | null;
}

interface PaidRow {
  id: string;
  batch_id: string;
  affiliate_id: string;
  organization_id: string;
  amount_minor: string;
  currency: string;
  receiver_email: string;
}

const PAYABLE = sql.join(
  PAYABLE_ITEM_STATUSES.map((s) => sql`${s}`),
  sql`, `,
);

/**
 * Many SUCCESS results at once (the poller reading a whole part back), with the same effect as
 * settleItemResult's `pay` row: items still open become success and their lines paid, in one
 * transaction of two statements. The status guard in the UPDATE re-checks each row under its
 * lock, so a result that raced a webhook is applied once. Returns the notifications to send.
 */
export function settlePaidItems({
  ctx,
  input,
}: ServiceCall<{ results: PaidResult[] }>): Promise<NotificationRequest[]> {
  const { results } = input;
  if (results.length === 0) return Promise.resolve([]);
  const rows = JSON.stringify(
    results.map((r) => ({ id: r.payoutItemId, paypal_item_id: r.paypalItemId, transaction_id: r.transactionId })),
  );
  return inTransaction(ctx, async (tx) => {
    // MATERIALIZED: parsed once; as the inner side of a nested loop the function would be re-run per item.
    const paid = await tx.db.execute(sql`
      WITH x AS MATERIALIZED (SELECT * FROM jsonb_to_recordset(${rows}::jsonb) AS r(id uuid, paypal_item_id text, transaction_id text)),
      items AS (
        UPDATE affiliate.payout_items i
        SET status = 'success', paid_at = ${ctx.now}, failure_reason = NULL, updated_at = ${ctx.now},
            paypal_item_id = coalesce(x.paypal_item_id, i.paypal_item_id), paypal_transaction_id = coalesce(x.transaction_id, i.paypal_transaction_id)
        FROM x WHERE i.id = x.id AND i.status IN (${PAYABLE})
        RETURNING i.id, i.batch_id, i.affiliate_id, i.organization_id, i.amount_minor::text AS amount_minor, i.currency, i.receiver_email),
      lines AS (
        UPDATE affiliate.commissions c SET status = 'paid', paid_at = ${ctx.now}, updated_at = ${ctx.now}
        FROM affiliate.payout_item_commissions l JOIN items ON items.id = l.payout_item_id
        WHERE l.commission_id = c.id AND c.status = 'in_payout'
        RETURNING c.id)
      SELECT items.*, (SELECT array_agg(id)::text[] FROM lines) AS line_ids FROM items`);
    const lineIds = (paid.rows[0] as { line_ids: string[] | null } | undefined)?.line_ids ?? [];
    await issueSelfBillingInvoices({
      ctx: tx,
      input: { payoutItemIds: paid.rows.map((r) => (r as { id: string }).id) },
    });
    // Last: the refresh's conversion locks are held until the commit, and other conversions' refreshes wait for them.
    await refreshConversionStats({ ctx: tx, input: { commissionIds: lineIds } });
    return (paid.rows as unknown as PaidRow[]).map((r) =>
      payoutNotification(
        {
          id: r.id,
          batchId: r.batch_id,
          affiliateId: r.affiliate_id,
          organizationId: r.organization_id,
          amountMinor: Number(r.amount_minor),
          currency: r.currency,
          rail: 'paypal',
          receiverEmail: r.receiver_email,
        },
        'success',
      ),
    );
  });
}
