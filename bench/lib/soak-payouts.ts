// The soak's money side through the real verbs, once per simulated day: the hold release, the
// send recovery, PayPal webhooks (some twice at once, some lost), the result poll, late results of
// every kind; and every few days a payout run: two racing proposals, a cancel or an exclusion now
// and then, approval, and a send that goes through, races itself, crashes, gets an unsure or a
// refused answer from PayPal, then is resumed.
import type { ServiceContext } from '../../workers/context';
import type { PaypalItemStatus } from '../../workers/domain/payout-item-transition';
import { releaseHolds } from '../../workers/services/finance';
import { applyItemResult } from '../../workers/services/payouts/apply-item-result';
import {
  approvePayoutBatch,
  cancelPayoutBatch,
  excludePayoutItem,
  pollPayoutResults,
  proposePayouts,
  receivePaypalWebhook,
  resumePayoutSends,
  sendPayoutBatch,
  startPayoutSend,
} from '../../workers/services/payouts';
import { sweepWaitingConversions } from '../../workers/services/conversions';
import { armSendFaults, otherRailsDay, type RailsDesk } from './soak-rails';
import { setInsufficientFunds, STRIPE_MIX, type StripeDesk, stripeDay } from './soak-stripe';
import type { Counter } from './soak-traffic';
import type { SoakTenant, SoakWorld } from './soak-world';

type Rnd = { next(): number; pick<T>(items: readonly T[]): T };

export interface PayoutDesk {
  world: SoakWorld;
  paypalUrl: string;
  count: Counter;
  rnd: Rnd;
  /** sender_batch_ids sent whose webhooks are not all delivered yet. */
  awaiting: Set<string>;
  /** Webhook transmission ids already handled (delivered or dropped). */
  handled: Set<string>;
  /** Unexpected failures of a cron or payout verb: a finding, reported at the checkpoint. */
  errors: { what: string; error: string }[];
  /** SOAK_RAILS=both: the local Stripe server and what the soak knows of its connected accounts. */
  stripe: StripeDesk | null;
  /** SOAK_RAILS=all: the local Wise and Tremendous servers and the external answers (bench/lib/soak-rails.ts). */
  rails: RailsDesk | null;
}

const LATE: PaypalItemStatus[] = ['SUCCESS', 'RETURNED', 'REVERSED', 'REFUNDED', 'PENDING', 'UNCLAIMED', 'FAILED'];
/**
 * How a batch is sent, one in 20 each: normal; two sends at once (double); a crash right after
 * the batch went 'sending' (the recovery cron sends it); PayPal creating the payout but answering
 * 500 (the client's retry gets "already used", recorded as sent); PayPal failing every attempt
 * after creating it (unsure: left 'sending', resumed with the same id; costs the client's ~6 s of
 * backoff, hence rare); a definite refusal (422); a 503 the client's retry gets past.
 */
const SEND_MODES = [
  ...Array<string>(9).fill('normal'),
  ...['double', 'double', 'crash', 'crash', 'accepted_then_500', 'accepted_then_500', 'accepted_then_500'],
  ...['unsure', 'refused', 'retry', 'retry'],
];

async function control(desk: PayoutDesk, method: string, path: string, body?: unknown) {
  const res = await fetch(`${desk.paypalUrl}/__control/${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status >= 400) throw new Error(`PayPal control ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : ((await res.json()) as Record<string, unknown>);
}

const staff = (ctx: ServiceContext, tenant: SoakTenant, userId: string): ServiceContext => ({
  ...ctx,
  actor: { userId, platformRole: 'none' },
  tenant: { kind: 'advertiser', organizationId: tenant.organizationId, role: 'finance' },
});

async function partsOf(ctx: ServiceContext, batchId: string): Promise<{ senderBatchId: string; rail: string }[]> {
  const rows = await ctx.db.execute(
    `SELECT sender_batch_id, rail FROM affiliate.payout_batch_parts WHERE batch_id = '${batchId}' ORDER BY part`,
  );
  return (rows.rows as { sender_batch_id: string; rail: string }[]).map((r) => ({
    senderBatchId: r.sender_batch_id,
    rail: r.rail,
  }));
}

/** Approves and sends one proposed batch in a mode picked at random. */
async function sendBatch(ctx: ServiceContext, desk: PayoutDesk, batchId: string, organizationId: string) {
  const tenant = desk.world.tenants.find((t) => t.organizationId === organizationId)!;
  const roll = desk.rnd.next();
  if (roll < 0.05) {
    await cancelPayoutBatch({ ctx: staff(ctx, tenant, tenant.approverId), input: { batchId } });
    desk.count('payout_cancel');
    return;
  }
  if (roll < 0.2) {
    const items = await ctx.db.execute(
      `SELECT id FROM affiliate.payout_items WHERE batch_id = '${batchId}' ORDER BY id`,
    );
    const ids = (items.rows as { id: string }[]).map((r) => r.id);
    if (ids.length > 1) {
      await excludePayoutItem({
        ctx: staff(ctx, tenant, tenant.approverId),
        input: { batchId, itemId: desk.rnd.pick(ids) },
      });
      desk.count('payout_exclude');
    }
  }
  await approvePayoutBatch({ ctx: staff(ctx, tenant, tenant.approverId), input: { batchId } });
  desk.count('payout_approve');
  const parts = await partsOf(ctx, batchId);
  const mode = desk.rnd.pick(SEND_MODES);
  for (const { senderBatchId, rail } of parts) {
    // A Stripe part's results come from its transfers (events and the poll), not PayPal's webhooks.
    if (rail !== 'paypal') continue;
    desk.awaiting.add(senderBatchId);
    if (mode === 'accepted_then_500' || mode === 'unsure')
      await control(desk, 'POST', 'faults', {
        path: '/v1/payments/payouts',
        status: 'accept_then_500',
        times: mode === 'unsure' ? 4 : 1,
        senderBatchId,
      });
    if (mode === 'refused')
      await control(desk, 'POST', 'faults', { path: '/v1/payments/payouts', status: 422, senderBatchId });
    if (mode === 'retry')
      await control(desk, 'POST', 'faults', { path: '/v1/payments/payouts', status: 503, senderBatchId });
  }
  await startPayoutSend({ ctx: staff(ctx, tenant, tenant.senderId), input: { batchId } });
  desk.count(`payout_send_${mode}`);
  // A crash right after the batch went 'sending': nothing reaches PayPal until the recovery cron.
  if (mode === 'crash') return;
  // Wise or Tremendous doing the work and answering 500: the same customerTransactionId or external_id comes again.
  if (desk.rails)
    await armSendFaults(
      desk.rails,
      organizationId,
      parts.map((p) => p.rail),
      desk.count,
    );
  const sends = mode === 'double' ? 2 : 1;
  // The advertiser's Stripe balance short for this send: every transfer is refused, each item fails.
  const short =
    desk.stripe !== null && parts.some((p) => p.rail === 'stripe') && desk.rnd.next() < STRIPE_MIX.insufficientFunds;
  if (short) await setInsufficientFunds(desk.stripe!, true);
  try {
    await Promise.all(Array.from({ length: sends }, () => sendPayoutBatch({ ctx, input: { batchId } })));
  } finally {
    if (short) await setInsufficientFunds(desk.stripe!, false);
  }
  if (short) {
    desk.count('stripe_send_insufficient_funds');
    const refused = await ctx.db.execute(
      `SELECT count(*)::int AS n FROM affiliate.payout_items WHERE batch_id = '${batchId}' AND rail = 'stripe' AND status = 'failed'`,
    );
    desk.count('stripe_item_refused', (refused.rows[0] as { n: number }).n);
  }
}

export async function payoutRun(ctx: ServiceContext, desk: PayoutDesk): Promise<void> {
  const finance = desk.world.tenants[0]!;
  // The daily cron and a finance user's "propose now" race; each advertiser and currency gets one batch.
  const proposals = await Promise.all([
    proposePayouts({ ctx, input: {} }),
    proposePayouts({ ctx: staff(ctx, finance, finance.proposerId), input: { organizationId: finance.organizationId } }),
  ]);
  desk.count('payout_propose', 2);
  const batches = new Map(proposals.flatMap((p) => p.batches.map((b) => [b.batchId, b] as const)));
  for (const [batchId] of batches) {
    const [row] = (
      await ctx.db.execute(`SELECT organization_id, status FROM affiliate.payout_batches WHERE id = '${batchId}'`)
    ).rows as { organization_id: string; status: string }[];
    if (row?.status === 'proposed') await sendBatch(ctx, desk, batchId, row.organization_id);
  }
}

/** Webhook deliveries in flight at once: PayPal posts a batch's item events side by side. */
const WEBHOOK_LANES = 4;

/** Delivers the webhooks PayPal has emitted for the parts in flight: 10 % twice at once, 10 % lost. */
async function deliverWebhooks(ctx: ServiceContext, desk: PayoutDesk) {
  const deliveries: { input: { headers: Headers; body: unknown }; copies: number }[] = [];
  for (const senderBatchId of [...desk.awaiting]) {
    const out = (await control(desk, 'GET', `webhooks?senderBatchId=${encodeURIComponent(senderBatchId)}`)) as {
      webhooks: { id: string; eventType: string; headers: Record<string, string>; body: string }[];
    };
    for (const hook of out.webhooks) {
      if (desk.handled.has(hook.id)) continue;
      desk.handled.add(hook.id);
      const roll = desk.rnd.next();
      if (roll < 0.1) desk.count('webhook_lost');
      else
        deliveries.push({
          input: { headers: new Headers(hook.headers), body: JSON.parse(hook.body) as unknown },
          copies: roll < 0.2 ? 2 : 1,
        });
    }
    const [part] = (
      await ctx.db.execute(`SELECT status FROM affiliate.payout_batch_parts WHERE sender_batch_id = '${senderBatchId}'`)
    ).rows as { status: string }[];
    // Done once PayPal finished the batch, or when the part failed and never reached PayPal.
    if (part?.status === 'failed' || out.webhooks.some((h) => h.eventType === 'PAYMENT.PAYOUTSBATCH.SUCCESS'))
      desk.awaiting.delete(senderBatchId);
  }
  await Promise.all(
    Array.from({ length: WEBHOOK_LANES }, async (_, lane) => {
      for (let i = lane; i < deliveries.length; i += WEBHOOK_LANES) {
        const { input, copies } = deliveries[i]!;
        await Promise.all(Array.from({ length: copies }, () => receivePaypalWebhook({ ctx, input })));
        desk.count('webhook', copies);
      }
    }),
  );
}

/** Unclaimed or held this long, PayPal settles the item (the local server never does on its own). */
const SETTLE_OPEN_AFTER_MS = 10 * 86_400_000;
/** What an unclaimed or held item finally becomes: mostly claimed (paid), else returned or failed. */
const OPEN_ENDS: PaypalItemStatus[] = ['SUCCESS', 'SUCCESS', 'SUCCESS', 'RETURNED', 'FAILED'];

async function applyLate(
  ctx: ServiceContext,
  desk: PayoutDesk,
  item: { id: string; paypal_item_id: string },
  status: PaypalItemStatus,
) {
  const result = await applyItemResult({
    ctx,
    input: {
      payoutItemId: item.id,
      paypalItemId: item.paypal_item_id,
      transactionStatus: status,
      transactionId: null,
      error: null,
    },
  });
  desk.count(`late_result_${result.transition ?? result.outcome}`);
}

/**
 * Results that come late or again: two of any kind for recent successful items (a refund or
 * reversal after success, a repeat, a stale PENDING), and the end of every item left unclaimed or
 * on hold for 10 days, so parts do not stay open (and polled) for ever.
 */
async function lateResults(ctx: ServiceContext, desk: PayoutDesk) {
  const recent = (
    await ctx.db.execute(
      `SELECT id, paypal_item_id FROM affiliate.payout_items
       WHERE status = 'success' AND paypal_item_id IS NOT NULL ORDER BY updated_at DESC LIMIT 100`,
    )
  ).rows as { id: string; paypal_item_id: string }[];
  for (let i = 0; i < Math.min(2, recent.length); i++)
    await applyLate(ctx, desk, desk.rnd.pick(recent), desk.rnd.pick(LATE));
  const open = (
    await ctx.db.execute(
      `SELECT id, paypal_item_id FROM affiliate.payout_items
       WHERE status IN ('unclaimed', 'onhold') AND paypal_item_id IS NOT NULL
         AND updated_at < '${new Date(ctx.now.getTime() - SETTLE_OPEN_AFTER_MS).toISOString()}'
       ORDER BY updated_at LIMIT 50`,
    )
  ).rows as { id: string; paypal_item_id: string }[];
  for (const item of open) await applyLate(ctx, desk, item, desk.rnd.pick(OPEN_ENDS));
}

export type Timed = (phase: string, work: () => Promise<unknown>) => Promise<void>;

/** One simulated day's crons, in the order they could run; `payout` adds a payout run. */
export async function moneyDay(ctx: ServiceContext, desk: PayoutDesk, payout: boolean, time: Timed): Promise<void> {
  // A cron verb that throws is a finding: kept with its step, and the day goes on as the next cron run would.
  const timed: Timed = (phase, work) =>
    time(phase, () => work().catch((err: unknown) => desk.errors.push({ what: phase, error: String(err) })));
  await timed('sweep', async () => {
    const swept = await sweepWaitingConversions({ ctx, input: { limit: 500 } });
    desk.count('sweep');
    if (swept.settled > 0) desk.count('sweep_settled', swept.settled);
  });
  await timed('hold release', async () => {
    const released = await releaseHolds({ ctx, input: { batchSize: 5_000, maxBatches: 100 } });
    desk.count('hold_release');
    if (released.released === 0) desk.count('hold_release_empty');
  });
  await timed('send resume', async () => {
    const resumed = await resumePayoutSends({ ctx, input: { limit: 50 } });
    desk.count('send_resume', resumed.batches);
  });
  await timed('webhooks', () => deliverWebhooks(ctx, desk));
  const stripe = desk.stripe;
  if (stripe) await timed('stripe results', () => stripeDay(ctx, stripe, desk.rnd, desk.count));
  const rails = desk.rails;
  if (rails) await timed('wise, gift card, external results', () => otherRailsDay(ctx, desk.world, rails, desk.count));
  await timed('poll', async () => {
    // Least recently polled first: parts with unclaimed or held items stay 'sent' and take their turn.
    await pollPayoutResults({ ctx, input: { limit: 20 } });
    desk.count('poll');
  });
  await timed('late results', () => lateResults(ctx, desk));
  if (payout) await timed('payout run', () => payoutRun(ctx, desk));
}
