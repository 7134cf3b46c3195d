import { eq, inArray } from 'drizzle-orm';
import * as s from '../schema';
import type { PayoutItemStatus } from '../schema/enums';
import type { Db } from '../workers/db/client';
import { insertClick, nextEventId, record } from './conversions';
import type { createTenant } from './tenant';

type Tenant = Awaited<ReturnType<typeof createTenant>>;

/**
 * A real sale through the conversion pipeline, with its own order id (what refunds name); returns
 * its direct commission (30% by default).
 */
export async function earn(db: Db, tenant: Tenant, amountMinor: number, currency = 'USD') {
  const click = await insertClick(db, tenant, { at: new Date(Date.now() - 60_000) });
  const orderId = nextEventId('order');
  const out = await record(db, tenant, {
    type: 'sale',
    click_id: click.id,
    order_id: orderId,
    amount: amountMinor,
    currency,
  });
  const earned = out.commissions.find((c) => c.level === 0);
  if (!earned) throw new Error(`the sale earned nothing: ${JSON.stringify(out.attributionTrace)}`);
  const [line] = await db.select().from(s.commissions).where(eq(s.commissions.id, earned.id));
  return { ...line!, orderId };
}

/** A refund of `amountMinor` of the sale with that order id, through the same pipeline. */
export function refund(db: Db, tenant: Tenant, orderId: string, amountMinor: number, currency = 'USD') {
  return record(db, tenant, { type: 'refund', order_id: orderId, amount: amountMinor, currency });
}

export async function setHoldUntil(db: Db, commissionIds: string[], holdUntil: Date): Promise<void> {
  await db.update(s.commissions).set({ holdUntil }).where(inArray(s.commissions.id, commissionIds));
}

/**
 * What a payout does to the ledger, written directly (the payout flow is tested on its own): one
 * batch and one item per call, the lines linked to it and moved to in_payout (open item) or paid.
 */
export async function putInPayout(
  db: Db,
  tenant: Tenant,
  lines: { id: string; amountMinor: number }[],
  itemStatus: PayoutItemStatus = 'pending',
) {
  const total = lines.reduce((sum, l) => sum + l.amountMinor, 0);
  const success = itemStatus === 'success';
  const [batch] = await db
    .insert(s.payoutBatches)
    .values({
      organizationId: tenant.org.id,
      currency: 'USD',
      status: success ? 'completed' : 'sent',
      totalMinor: total,
      itemCount: 1,
    })
    .returning();
  const [item] = await db
    .insert(s.payoutItems)
    .values({
      batchId: batch!.id,
      affiliateId: tenant.affiliate.id,
      organizationId: tenant.org.id,
      amountMinor: total,
      currency: 'USD',
      receiverEmail: 'payouts@example.com',
      status: itemStatus,
      paidAt: success ? new Date() : null,
    })
    .returning();
  await db.insert(s.payoutItemCommissions).values(lines.map((l) => ({ payoutItemId: item!.id, commissionId: l.id })));
  await db
    .update(s.commissions)
    .set({ status: success ? 'paid' : 'in_payout', paidAt: success ? new Date() : null })
    .where(
      inArray(
        s.commissions.id,
        lines.map((l) => l.id),
      ),
    );
  return { batch: batch!, item: item! };
}
