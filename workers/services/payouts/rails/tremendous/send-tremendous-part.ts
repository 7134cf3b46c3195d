import { and, asc, eq, sql } from 'drizzle-orm';
import { payoutBatchParts, payoutItems, payoutMethods, users, type PayoutBatchPart } from '../../../../../schema';
import { inTransaction, type ServiceCall } from '../../../../context';
import { railRefusal } from '../../../../domain/payout-rails';
import { enqueueNotifications } from '../../../notifications';
import type { PartOutcome } from '../rail';
import { failTremendousItem } from './fail-tremendous-item';
import { recordTremendousOrder } from './record-order';
import {
  createOrder,
  listProducts,
  type TremendousConfig,
  TremendousApiError,
} from '../../../../integrations/tremendous';

/**
 * Sends one claimed gift-card part: one Tremendous order per pending item, its external_id the item
 * id, so a re-send after a crash, a retry or a second sender gets the first order back instead of a
 * second gift card. The products offered are the catalog's for the affiliate's country and the item's
 * currency, read from Tremendous at send time (no list of ours to drift). The order and the item's
 * result are written in one transaction. A definite refusal fails that item alone; Tremendous
 * unreachable leaves the part 'sending' for the recovery cron.
 */
export async function sendTremendousPart({
  ctx,
  input,
}: ServiceCall<{ cfg: TremendousConfig; part: PayoutBatchPart; currency: string }>): Promise<PartOutcome> {
  const { cfg, part, currency } = input;
  const items = await ctx.db
    .select({
      id: payoutItems.id,
      amountMinor: payoutItems.amountMinor,
      email: payoutItems.destinationRef,
      firstName: users.firstName,
      lastName: users.lastName,
      country: payoutMethods.country,
    })
    .from(payoutItems)
    .innerJoin(users, eq(users.id, payoutItems.affiliateId))
    .leftJoin(
      payoutMethods,
      and(
        eq(payoutMethods.affiliateId, payoutItems.affiliateId),
        eq(payoutMethods.organizationId, payoutItems.organizationId),
      ),
    )
    .where(
      and(
        eq(payoutItems.batchId, part.batchId),
        eq(payoutItems.part, part.part),
        eq(payoutItems.status, 'pending'),
        sql`NOT EXISTS (SELECT 1 FROM affiliate.tremendous_orders o WHERE o.payout_item_id = ${payoutItems.id})`,
      ),
    )
    .orderBy(asc(payoutItems.id));
  const refusal = railRefusal('tremendous', currency);
  const catalog = new Map<string, string[]>();
  for (const item of items) {
    if (refusal) {
      await failTremendousItem({
        ctx,
        input: { payoutItemId: item.id, reason: `no gift cards in ${currency}`, code: refusal },
      });
      continue;
    }
    try {
      const country = item.country ?? 'US';
      if (!catalog.has(country))
        catalog.set(
          country,
          (await listProducts(cfg, { country, currency })).map((p) => p.id),
        );
      const products = catalog.get(country)!;
      if (products.length === 0) {
        await failTremendousItem({
          ctx,
          input: {
            payoutItemId: item.id,
            reason: `no gift cards in ${country} for ${currency}`,
            code: 'rail_country_unsupported',
          },
        });
        continue;
      }
      const order = await createOrder(cfg, {
        externalId: item.id,
        amountMinor: item.amountMinor,
        currency,
        recipientName: [item.firstName, item.lastName].filter(Boolean).join(' ') || item.email!,
        recipientEmail: item.email!,
        products,
      });
      const notifications = await inTransaction(ctx, (tx) =>
        recordTremendousOrder({ ctx: tx, input: { payoutItemId: item.id, order, completion: false } }),
      );
      if (notifications.length > 0) await enqueueNotifications({ ctx, input: { requests: notifications } });
    } catch (err) {
      if (err instanceof TremendousApiError && err.definite) {
        ctx.log.warn('tremendous_order_refused', { payoutItemId: item.id, status: err.status });
        await failTremendousItem({
          ctx,
          input: { payoutItemId: item.id, reason: err.message, code: `http_${err.status}` },
        });
        continue;
      }
      // Unsure: the order may exist. Keep the claim time, so the recovery re-sends this part once it is
      // stale, with the same external_ids.
      await ctx.db
        .update(payoutBatchParts)
        .set({ lastError: String(err).slice(0, 1000), updatedAt: part.updatedAt })
        .where(eq(payoutBatchParts.id, part.id));
      ctx.log.error('tremendous_part_unsure', { partId: part.id, payoutItemId: item.id, error: String(err) });
      return 'unsure';
    }
  }
  // Sent when any order exists (now or from an earlier run); failed when Tremendous refused every item.
  const reached = await ctx.db.execute(sql`
    SELECT EXISTS (SELECT 1 FROM affiliate.payout_items i JOIN affiliate.tremendous_orders o ON o.payout_item_id = i.id
                   WHERE i.batch_id = ${part.batchId} AND i.part = ${part.part}) AS reached`);
  const status = (reached.rows[0] as { reached: boolean }).reached ? 'sent' : 'failed';
  const [done] = await ctx.db
    .update(payoutBatchParts)
    .set({
      status,
      sentAt: status === 'sent' ? ctx.now : null,
      lastError: status === 'sent' ? null : 'Tremendous refused every order of this part',
      updatedAt: ctx.now,
    })
    .where(and(eq(payoutBatchParts.id, part.id), eq(payoutBatchParts.status, 'sending')))
    .returning({ id: payoutBatchParts.id });
  return done ? status : 'unsure';
}
