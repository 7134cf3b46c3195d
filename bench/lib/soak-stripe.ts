// The both-rails mode of the ledger soak (SOAK_RAILS=both): every third affiliate is paid through
// Stripe Connect by every advertiser, with an Express account onboarded on the local Stripe server,
// so each payout run's batches carry Stripe parts beside the PayPal ones and the ledger checkpoints
// hold Stripe items to the same invariants.
//
// The Stripe side faces its own results as the PayPal side faces its address tags: some sends meet
// an advertiser balance too short for transfers (each item refused, its lines back to the balance),
// some transfers are reversed at Stripe after they succeeded (in full: the item is reversed and its
// lines go back; in part: nothing moves, finance settles it), some connected accounts' own bank
// payouts fail or succeed (recorded on the payout method, nothing moves in the ledger). The events
// Stripe emits for these reach the product's Connect webhook verb (10 % twice at once, 10 % lost:
// a lost reversal is found by the result poll, which reads every paid transfer back).
import * as s from '../../schema';
import { signatureHeader } from '../../dev/stripe-server/state';
import type { ServiceContext } from '../../workers/context';
import type { Db } from '../../workers/db/client';
import { STRIPE_REVERSAL_WATCH_DAYS } from '../../workers/domain/payout-rails';
import { createAccountLink, createExpressAccount, type StripeConfig } from '../../workers/integrations/stripe';
import { receiveStripePayoutWebhook } from '../../workers/services/payouts';
import type { Counter } from './soak-traffic';
import type { SoakWorld } from './soak-world';

/** How often each Stripe outcome comes up; every roll is on the payout desk's own PRNG. */
export const STRIPE_MIX = {
  /** Of batch sends with a Stripe part (not crashed ones): the advertiser's Stripe balance is short. */
  insufficientFunds: 0.15,
  /** Chance per day that Stripe reverses one recently paid transfer (when one is still watched). */
  reversalPerDay: 0.8,
  /** Of those reversals: in part (the rest reverse what is left of the transfer). */
  partialReversal: 0.25,
  /** Chance per day that one connected account pays out to its bank, and of those: the bank payout fails. */
  connectedPayoutPerDay: 0.7,
  connectedPayoutFails: 0.5,
  /** Of Connect webhook deliveries: sent twice at once, and lost (as PayPal's are). */
  webhookTwice: 0.1,
  webhookLost: 0.1,
} as const;

/** Reversals only of transfers sent this recently, so the poll reads them before the part's watch ends. */
const REVERSE_WITHIN_DAYS = STRIPE_REVERSAL_WATCH_DAYS - 10;
/** Failure codes Stripe gives a connected account's bank payout. */
const PAYOUT_FAILURES = ['account_closed', 'no_account', 'account_frozen', 'could_not_process'];

export interface StripeDesk {
  url: string;
  secretKey: string;
  webhookSecret: string;
  /** Connected account → the advertiser whose affiliate owns it (whose Connect endpoint gets its events). */
  orgOf: Map<string, string>;
  /** How many of the server's events (oldest first) were handled already. */
  cursor: number;
}

export async function seedStripeMethods(db: Db, world: SoakWorld, cfg: StripeConfig): Promise<Map<string, string>> {
  const orgOf = new Map<string, string>();
  for (const [i, affiliateId] of world.affiliates.entries()) {
    if (i % 3 !== 1) continue;
    for (const tenant of world.tenants) {
      const account = await createExpressAccount(
        cfg,
        {
          country: 'US',
          email: `soak-${i}@example.com`,
          affiliateId,
          organizationId: tenant.organizationId,
          serviceAgreement: 'full',
        },
        `soak-${tenant.organizationId}-${affiliateId}`,
      );
      const link = await createAccountLink(cfg, {
        account: account.id,
        refreshUrl: 'https://soak.example/refresh',
        returnUrl: 'https://soak.example/return',
      });
      // The hosted onboarding page's "finish" button: the account can receive transfers afterwards.
      const done = await fetch(link.url, { method: 'POST', body: 'outcome=complete', redirect: 'manual' });
      await done.arrayBuffer();
      await db.insert(s.payoutMethods).values({
        affiliateId,
        organizationId: tenant.organizationId,
        country: 'US',
        rail: 'stripe',
        stripeAccountId: account.id,
        stripeDetailsSubmitted: true,
        stripePayoutsEnabled: true,
      });
      orgOf.set(account.id, tenant.organizationId);
    }
  }
  return orgOf;
}

type Rnd = { next(): number; pick<T>(items: readonly T[]): T };

async function stripeCall(stripe: StripeDesk, method: string, path: string, body?: Record<string, unknown>) {
  const control = path.startsWith('/__control/');
  const res = await fetch(`${stripe.url}${path}`, {
    method,
    headers: control
      ? { 'content-type': 'application/json' }
      : { authorization: `Bearer ${stripe.secretKey}`, 'content-type': 'application/x-www-form-urlencoded' },
    body:
      body === undefined
        ? undefined
        : control
          ? JSON.stringify(body)
          : new URLSearchParams(body as Record<string, string>).toString(),
  });
  if (res.status >= 400) throw new Error(`Stripe ${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/** The platform's balance runs short (on) or is topped up again (off): transfers meanwhile fail with balance_insufficient. */
export async function setInsufficientFunds(stripe: StripeDesk, on: boolean): Promise<void> {
  await stripeCall(stripe, 'POST', '/__control/connect/insufficient-funds', { key: stripe.secretKey, on });
}

/** Every transfer the platform made, as the local server keeps them (for the checkpoint). */
export async function stripeTransfers(stripe: StripeDesk): Promise<StripeTransferSeen[]> {
  const out = await stripeCall(
    stripe,
    'GET',
    `/__control/connect/transfers?key=${encodeURIComponent(stripe.secretKey)}`,
  );
  return out.data as StripeTransferSeen[];
}

export interface StripeTransferSeen {
  id: string;
  amount: number;
  amount_reversed: number;
  reversed: boolean;
  currency: string;
  destination: string;
  metadata: Record<string, string>;
}

/** Stripe reverses one paid transfer still under watch: all that is left of it, or a part. */
async function reverseOne(ctx: ServiceContext, stripe: StripeDesk, rnd: Rnd, count: Counter) {
  const since = new Date(ctx.now.getTime() - REVERSE_WITHIN_DAYS * 86_400_000).toISOString();
  const paid = (
    await ctx.db.execute(
      `SELECT i.stripe_transfer_id FROM affiliate.payout_items i
       JOIN affiliate.payout_batch_parts p ON p.batch_id = i.batch_id AND p.part = i.part
       WHERE i.rail = 'stripe' AND i.status = 'success' AND i.stripe_transfer_id IS NOT NULL
         AND p.status = 'sent' AND p.sent_at > '${since}'
       ORDER BY i.updated_at DESC LIMIT 100`,
    )
  ).rows as { stripe_transfer_id: string }[];
  if (paid.length === 0) return;
  const id = rnd.pick(paid).stripe_transfer_id;
  const transfer = (await stripeCall(stripe, 'GET', `/v1/transfers/${id}`)) as unknown as StripeTransferSeen;
  const left = transfer.amount - transfer.amount_reversed;
  if (left <= 0) return;
  const partial = left > 1 && rnd.next() < STRIPE_MIX.partialReversal;
  const amount = partial ? 1 + Math.floor(rnd.next() * (left - 1)) : left;
  await stripeCall(stripe, 'POST', `/v1/transfers/${id}/reversals`, partial ? { amount: String(amount) } : {});
  count(partial ? 'stripe_reverse_partial' : 'stripe_reverse_full');
}

/** One connected account's bank payout, paid or failed, as Stripe reports it to the platform. */
async function connectedPayout(stripe: StripeDesk, rnd: Rnd, count: Counter) {
  const account = rnd.pick([...stripe.orgOf.keys()]);
  const failed = rnd.next() < STRIPE_MIX.connectedPayoutFails;
  await stripeCall(stripe, 'POST', '/__control/connect/payouts', {
    account,
    status: failed ? 'failed' : 'paid',
    failure_code: rnd.pick(PAYOUT_FAILURES),
    amount: 1 + Math.floor(rnd.next() * 50_000),
    currency: 'usd',
  });
  count(failed ? 'stripe_connected_payout_failed' : 'stripe_connected_payout_paid');
}

/** Webhook deliveries in flight at once. */
const LANES = 4;

/**
 * Delivers every Connect event the server emitted since the last call to the advertiser's endpoint
 * verb, signed at the simulated clock (Stripe signs when it delivers): 10 % twice at once, 10 % lost.
 */
async function deliverEvents(ctx: ServiceContext, stripe: StripeDesk, rnd: Rnd, count: Counter) {
  const out = (await stripeCall(stripe, 'GET', '/__control/events')) as {
    data: { id: string; type: string; payload: string }[];
  };
  const fresh = out.data.slice(stripe.cursor);
  stripe.cursor = out.data.length;
  const deliveries: { organizationId: string; payload: string; copies: number }[] = [];
  for (const event of fresh) {
    const parsed = JSON.parse(event.payload) as { account?: string; data: { object: Record<string, unknown> } };
    const object = parsed.data.object;
    const account =
      parsed.account ??
      (typeof object.destination === 'string' ? object.destination : object.object === 'account' ? object.id : null);
    const organizationId = typeof account === 'string' ? stripe.orgOf.get(account) : undefined;
    if (!organizationId) continue;
    const roll = rnd.next();
    if (roll < STRIPE_MIX.webhookLost) count('stripe_webhook_lost');
    else
      deliveries.push({
        organizationId,
        payload: event.payload,
        copies: roll < STRIPE_MIX.webhookLost + STRIPE_MIX.webhookTwice ? 2 : 1,
      });
  }
  const t = Math.floor(ctx.now.getTime() / 1000);
  await Promise.all(
    Array.from({ length: LANES }, async (_, lane) => {
      for (let i = lane; i < deliveries.length; i += LANES) {
        const { organizationId, payload, copies } = deliveries[i]!;
        const input = {
          organizationId,
          payload: new TextEncoder().encode(payload),
          signature: signatureHeader(stripe.webhookSecret, payload, t),
        };
        const results = await Promise.all(
          Array.from({ length: copies }, () => receiveStripePayoutWebhook({ ctx, input })),
        );
        for (const r of results) count(`stripe_webhook_${r.outcome}`);
      }
    }),
  );
}

/** The day's Stripe results: a reversal, a connected payout, then the events they and the sends emitted. */
export async function stripeDay(ctx: ServiceContext, stripe: StripeDesk, rnd: Rnd, count: Counter): Promise<void> {
  if (rnd.next() < STRIPE_MIX.reversalPerDay) await reverseOne(ctx, stripe, rnd, count);
  if (rnd.next() < STRIPE_MIX.connectedPayoutPerDay) await connectedPayout(stripe, rnd, count);
  await deliverEvents(ctx, stripe, rnd, count);
}
