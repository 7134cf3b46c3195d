import { and, asc, eq, sql } from 'drizzle-orm';
import { payoutBatches, payoutBatchParts, payoutItems } from '../../../schema';
import type { PayoutItemStatus } from '../../../schema/enums';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { itemTransition, PaypalItemStatus } from '../../domain/payout-item-transition';
import { listAllPayoutItems } from '../../integrations/paypal/get-payout-batch';
import type { PayPalConfig } from '../../integrations/paypal/paypal-config';
import { resolvePaypalAccount } from '../paypal-accounts';
import { resolveStripePayoutAccount } from '../stripe-payouts';
import type { StripeConfig } from '../../integrations/stripe';
import { pollStripePart } from './poll-stripe-part';
import { enqueueNotifications, type NotificationRequest } from '../notifications';
import { completePayoutBatch } from './complete-payout-batch';
import { failPayoutPart } from './fail-payout-part';
import { settleItemResult } from './settle-item-result';
import { settlePaidItems, type PaidResult } from './settle-paid-items';

const KNOWN = new Set<string>(PaypalItemStatus);
const PAID_CHUNK = 1_000;

/** One part: PayPal's item list (all pages) against ours; only results that change something are applied. */
async function pollPart(
  ctx: ServiceContext,
  cfg: PayPalConfig,
  part: { id: string; batchId: string; part: number; paypalBatchId: string },
) {
  const remote = await listAllPayoutItems(cfg, part.paypalBatchId);
  const ours = await ctx.db
    .select({ id: payoutItems.id, status: payoutItems.status })
    .from(payoutItems)
    .where(and(eq(payoutItems.batchId, part.batchId), eq(payoutItems.part, part.part)));
  const statusOf = new Map<string, PayoutItemStatus>(ours.map((i) => [i.id, i.status]));
  const notifications: NotificationRequest[] = [];
  const paid: PaidResult[] = [];
  let applied = 0;
  for (const r of remote.items) {
    const current = r.senderItemId ? statusOf.get(r.senderItemId) : undefined;
    if (!current || !KNOWN.has(r.transactionStatus)) continue;
    const status = r.transactionStatus as PaypalItemStatus;
    const kind = itemTransition(current, status).kind;
    if (kind === 'none') continue;
    // Payments are the bulk of a part's results: settled together, PAID_CHUNK per transaction.
    if (kind === 'pay') {
      paid.push({ payoutItemId: r.senderItemId!, paypalItemId: r.payoutItemId, transactionId: r.transactionId });
      continue;
    }
    const outcome = await inTransaction(ctx, (tx) =>
      settleItemResult({
        ctx: tx,
        input: {
          payoutItemId: r.senderItemId!,
          paypalItemId: r.payoutItemId,
          transactionStatus: status,
          transactionId: r.transactionId,
          error: r.error,
          completion: false,
        },
      }),
    );
    notifications.push(...outcome.notifications);
    if (outcome.outcome === 'applied') applied++;
  }
  for (let i = 0; i < paid.length; i += PAID_CHUNK) {
    const sent = await settlePaidItems({ ctx, input: { results: paid.slice(i, i + PAID_CHUNK) } });
    notifications.push(...sent);
    applied += sent.length;
  }
  await ctx.db
    .update(payoutBatchParts)
    .set({ paypalStatus: remote.batchStatus, lastPolledAt: ctx.now, updatedAt: ctx.now })
    .where(eq(payoutBatchParts.id, part.id));
  // A batch PayPal denied or canceled as a whole never gives its items a result: without this the
  // part would be polled for ever and its lines stay in payout.
  if (remote.batchStatus === 'DENIED' || remote.batchStatus === 'CANCELED')
    await failPayoutPart({
      ctx,
      input: { part, reason: `PayPal ${remote.batchStatus.toLowerCase()} the batch`, from: 'sent' },
    });
  await completePayoutBatch({ ctx, input: { batchId: part.batchId } });
  if (notifications.length > 0) await enqueueNotifications({ ctx, input: { requests: notifications } });
  return applied;
}

/**
 * The polling cron: every sent part (least recently polled first) is read back from PayPal (or,
 * for a Stripe part, its transfers from Stripe) and its item results fed to the same settlement
 * as webhooks. Unclaimed items keep their part
 * 'sent', so they are followed until claimed or returned. One part's failure does not stop the rest.
 */
export async function pollPayoutResults({
  ctx,
  input,
}: ServiceCall<{ limit: number }>): Promise<{ parts: number; applied: number; failed: number }> {
  const parts = await ctx.db
    .select({
      id: payoutBatchParts.id,
      batchId: payoutBatchParts.batchId,
      part: payoutBatchParts.part,
      paypalBatchId: payoutBatchParts.paypalBatchId,
      rail: payoutBatchParts.rail,
      organizationId: payoutBatches.organizationId,
    })
    .from(payoutBatchParts)
    .innerJoin(payoutBatches, eq(payoutBatches.id, payoutBatchParts.batchId))
    .where(
      and(
        eq(payoutBatchParts.status, 'sent'),
        sql`(${payoutBatchParts.rail} = 'stripe' OR ${payoutBatchParts.paypalBatchId} IS NOT NULL)`,
      ),
    )
    .orderBy(sql`${payoutBatchParts.lastPolledAt} ASC NULLS FIRST`, asc(payoutBatchParts.id))
    .limit(input.limit);
  let applied = 0;
  let failed = 0;
  // Each organization's parts are read with the account that sent them (resolved once per run).
  const accounts = new Map<string, Promise<PayPalConfig | null>>();
  const accountOf = (organizationId: string) => {
    let account = accounts.get(organizationId);
    if (!account) {
      account = resolvePaypalAccount({ ctx, input: { organizationId } }).then((a) => a?.config ?? null);
      accounts.set(organizationId, account);
    }
    return account;
  };
  const stripeAccounts = new Map<string, Promise<StripeConfig | null>>();
  const stripeAccountOf = (organizationId: string) => {
    let account = stripeAccounts.get(organizationId);
    if (!account) {
      account = resolveStripePayoutAccount({ ctx, input: { organizationId } }).then((a) => a?.config ?? null);
      stripeAccounts.set(organizationId, account);
    }
    return account;
  };
  for (const part of parts) {
    try {
      if (part.rail === 'stripe') {
        const stripe = await stripeAccountOf(part.organizationId);
        if (stripe) applied += await pollStripePart({ ctx, input: { cfg: stripe, part } });
        continue;
      }
      const cfg = await accountOf(part.organizationId);
      if (!cfg) continue;
      applied += await pollPart(ctx, cfg, { ...part, paypalBatchId: part.paypalBatchId! });
    } catch (err) {
      failed++;
      ctx.log.error('payout_poll_failed', { partId: part.id, error: String(err) });
    }
  }
  return { parts: parts.length, applied, failed };
}
