// The every-rail mode of the ledger soak (SOAK_RAILS=all, the default): besides PayPal and Stripe, affiliates
// are paid by gift card through Tremendous, by bank transfer through Wise, and by external payouts the
// advertiser makes in its own system and confirms through the API verb. Each rail meets its own results:
// Wise transfers paid, bounced back then refunded, or cancelled; Tremendous gift cards delivered, their email
// failing, or canceled after payment (refunded); external items confirmed paid or failed, some answers sent
// twice at once and some contradicted afterwards. Sends meet providers that did the work and answered 500:
// the retry or the recovery cron repeats the call with the same idempotency key (Wise's customerTransactionId,
// Tremendous's external_id). Every roll is on this desk's own PRNG, so the PayPal and Stripe sides keep theirs.
import { prng } from '../../dev/prng';
import { DE_ACCOUNT, US_ACCOUNT } from '../../dev/wise-server/sample-accounts';
import type { ServiceContext } from '../../workers/context';
import type { Db } from '../../workers/db/client';
import { AppError } from '../../workers/errors/app-error';
import {
  receiveTremendousWebhook,
  receiveWiseWebhook,
  type SaveWiseRecipientInput,
  saveWiseRecipient,
  settleExternalPayoutItem,
} from '../../workers/services/payouts';
import { connectOrgTremendousAccount } from '../../workers/services/tremendous-accounts';
import { createWebhookEndpoint } from '../../workers/services/webhooks';
import * as s from '../../schema';
import type { Counter } from './soak-traffic';
import type { SoakTenant, SoakWorld } from './soak-world';

/** How often each outcome comes up on the three rails. */
export const RAILS_MIX = {
  /** Of batch sends with a Wise or Tremendous part (not crashed ones): the provider did the work, then answered 500. */
  acceptedThen500: 0.2,
  /** A Wise transfer on its way, each day: paid out, bounced back (refunded the next day), cancelled; else it waits. */
  wisePaid: 0.75,
  wiseBounced: 0.08,
  wiseCancelled: 0.05,
  /** A gift card sent, each day: its email delivered or failing; canceled after payment (one a day, this often). */
  giftCardDeliveryFails: 0.1,
  giftCardCancelPerDay: 0.5,
  /** An external item requested, each day: the advertiser confirms it paid, fails it; else it waits a day. */
  externalPaid: 0.75,
  externalFailed: 0.12,
  /** Of external answers: sent twice at once; followed by the opposite answer (refused: the item is settled). */
  externalTwice: 0.15,
  externalContradicted: 0.05,
  /** Of webhook deliveries: twice at once; Wise's lost (the poll reads them back), Tremendous's late (out of order). */
  webhookTwice: 0.1,
  webhookLostOrLate: 0.1,
} as const;

/** The webhook key the local Tremendous server signs with, given to every advertiser's connection. */
export const TREMENDOUS_WEBHOOK_KEY = 'soak-tremendous-webhook-key';

/** Each Wise affiliate's bank details, in turn: a US checking account (USD), a German IBAN (EUR). */
const WISE_ACCOUNTS: SaveWiseRecipientInput[] = [US_ACCOUNT, DE_ACCOUNT];

export interface RailsDesk {
  wiseUrl: string;
  /** Where the local Tremendous server's /__control/ lives. */
  tremendousOrigin: string;
  /** Each advertiser's own Tremendous key (on the local server, each key is its own Tremendous organization). */
  tremendousKeys: Map<string, string>;
  rnd: ReturnType<typeof prng>;
  /** How many of each server's webhook deliveries were handled already (oldest first). */
  wiseCursor: number;
  tremendousCursor: Map<string, number>;
}

/**
 * The rail each affiliate is paid through: every third (1, 4, 7, …) through Stripe, as in the both-rails run;
 * of the ones after them (2, 5, 8, …), gift cards, Wise and external payouts in turn; the rest PayPal.
 */
export function railOf(index: number): 'paypal' | 'stripe' | 'tremendous' | 'wise' | 'external' {
  if (index % 3 === 0) return 'paypal';
  if (index % 3 === 1) return 'stripe';
  return (['tremendous', 'wise', 'external'] as const)[Math.floor(index / 3) % 3]!;
}

const owner = (ctx: ServiceContext, tenant: SoakTenant, role: 'owner' | 'finance'): ServiceContext => ({
  ...ctx,
  actor: { userId: role === 'owner' ? tenant.proposerId : tenant.approverId, platformRole: 'none' },
  tenant: { kind: 'advertiser', organizationId: tenant.organizationId, role },
});

/**
 * Sets the three rails up through the product's verbs: each advertiser connects its own Tremendous account, each
 * Wise affiliate saves bank details (checked against the local Wise server's requirements, created there), and the
 * gift-card and external affiliates choose their method (written as the Stripe seeding writes its methods).
 */
export async function seedOtherRails(
  ctx: ServiceContext,
  world: SoakWorld,
  servers: { wiseUrl: string; tremendousOrigin: string; seed: number },
): Promise<RailsDesk> {
  const tremendousKeys = new Map<string, string>();
  for (const tenant of world.tenants) {
    const key = `TEST_soak${tenant.organizationId.replaceAll('-', '')}`;
    await connectOrgTremendousAccount({
      ctx: owner(ctx, tenant, 'owner'),
      input: { apiKey: key, webhookKey: TREMENDOUS_WEBHOOK_KEY, fundingSourceId: 'balance', allowBelowMinimum: false },
    });
    tremendousKeys.set(tenant.organizationId, key);
    // External payouts are offered while the advertiser has an endpoint to hear payout.external_requested on.
    await createWebhookEndpoint({
      ctx: owner(ctx, tenant, 'owner'),
      input: {
        scope: 'organization',
        url: 'https://payments.example.com/soak-requests',
        description: 'Our payment system',
        events: ['payout'],
      },
    });
  }
  for (const [i, affiliateId] of world.affiliates.entries()) {
    const rail = railOf(i);
    for (const tenant of world.tenants) {
      if (rail === 'wise')
        await saveWiseRecipient({
          ctx: {
            ...ctx,
            actor: { userId: affiliateId, platformRole: 'none' },
            tenant: { kind: 'affiliate', organizationId: tenant.organizationId, affiliateId },
          },
          input: WISE_ACCOUNTS[i % WISE_ACCOUNTS.length]!,
        });
      else if (rail === 'tremendous' || rail === 'external')
        await (ctx.db as Db)
          .insert(s.payoutMethods)
          .values({ affiliateId, organizationId: tenant.organizationId, country: 'US', rail });
    }
  }
  return {
    wiseUrl: servers.wiseUrl,
    tremendousOrigin: servers.tremendousOrigin,
    tremendousKeys,
    rnd: prng(servers.seed ^ 0x7a11),
    wiseCursor: 0,
    tremendousCursor: new Map(),
  };
}

async function control<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}/__control/${path}`, {
    method,
    ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
  });
  if (res.status >= 400) throw new Error(`control ${base} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export interface WiseTransferSeen {
  id: number;
  customerTransactionId: string;
  status: string;
  funded: boolean;
  sourceCurrency: string;
  targetAccount: number;
}

export interface TremendousOrderSeen {
  id: string;
  external_id: string | null;
  status: string;
  reward: { id: string; value: { denomination: number; currency_code: string }; delivery: { status: string } };
}

export const wiseTransfers = async (desk: RailsDesk) =>
  (await control<{ data: WiseTransferSeen[] }>(desk.wiseUrl, 'GET', 'transfers')).data;

/** Every advertiser's orders at Tremendous, with the advertiser. */
export async function tremendousOrders(desk: RailsDesk) {
  const out: { organizationId: string; order: TremendousOrderSeen }[] = [];
  for (const [organizationId, key] of desk.tremendousKeys) {
    const orders = await control<{ data: TremendousOrderSeen[] }>(
      desk.tremendousOrigin,
      'GET',
      `orders?key=${encodeURIComponent(key)}`,
    );
    out.push(...orders.data.map((order) => ({ organizationId, order })));
  }
  return out;
}

/**
 * Before a send with a Wise or Tremendous part: now and then the provider creates the transfer or order and
 * answers 500, so the same idempotency key comes again (the client's retry or the recovery cron).
 */
export async function armSendFaults(desk: RailsDesk, organizationId: string, rails: string[], count: Counter) {
  if (desk.rnd.next() >= RAILS_MIX.acceptedThen500) return;
  if (rails.includes('wise')) {
    await control(desk.wiseUrl, 'POST', 'faults', { method: 'POST', path: '^/v1/transfers$', when: 'after' });
    count('wise_send_accepted_then_500');
  }
  if (rails.includes('tremendous')) {
    await control(desk.tremendousOrigin, 'POST', 'faults', {
      method: 'POST',
      path: '/orders',
      when: 'after',
      key: desk.tremendousKeys.get(organizationId),
    });
    count('tremendous_send_accepted_then_500');
  }
}

/** Webhook deliveries in flight at once. */
const LANES = 4;

async function deliverAll<T>(deliveries: { input: T; copies: number }[], receive: (input: T) => Promise<string>) {
  const outcomes: string[] = [];
  await Promise.all(
    Array.from({ length: LANES }, async (_, lane) => {
      for (let i = lane; i < deliveries.length; i += LANES) {
        const { input, copies } = deliveries[i]!;
        outcomes.push(...(await Promise.all(Array.from({ length: copies }, () => receive(input)))));
      }
    }),
  );
  return outcomes;
}

/** Wise moves the transfers on their way, then its state-change webhooks reach the verb: 10 % twice, 10 % lost. */
async function wiseDay(ctx: ServiceContext, desk: RailsDesk, count: Counter) {
  for (const t of await wiseTransfers(desk)) {
    if (t.status === 'bounced_back') {
      await control(desk.wiseUrl, 'POST', `transfers/${t.id}/state`, { state: 'funds_refunded' });
      count('wise_refunded');
      continue;
    }
    if (!['incoming_payment_waiting', 'processing', 'funds_converted'].includes(t.status)) continue;
    const roll = desk.rnd.next();
    const next =
      roll < RAILS_MIX.wisePaid
        ? 'outgoing_payment_sent'
        : roll < RAILS_MIX.wisePaid + RAILS_MIX.wiseBounced
          ? 'bounced_back'
          : roll < RAILS_MIX.wisePaid + RAILS_MIX.wiseBounced + RAILS_MIX.wiseCancelled
            ? 'cancelled'
            : null;
    if (!next) continue;
    await control(desk.wiseUrl, 'POST', `transfers/${t.id}/state`, { state: next });
    count(`wise_${next}`);
  }
  const out = await control<{ data: { payload: string; signature: string }[] }>(desk.wiseUrl, 'GET', 'webhooks');
  const fresh = out.data.slice(desk.wiseCursor);
  desk.wiseCursor = out.data.length;
  const deliveries: { input: { payload: Uint8Array; signature: string }; copies: number }[] = [];
  for (const d of fresh) {
    const roll = desk.rnd.next();
    if (roll < RAILS_MIX.webhookLostOrLate) count('wise_webhook_lost');
    else
      deliveries.push({
        input: { payload: new TextEncoder().encode(d.payload), signature: d.signature },
        copies: roll < RAILS_MIX.webhookLostOrLate + RAILS_MIX.webhookTwice ? 2 : 1,
      });
  }
  for (const outcome of await deliverAll(deliveries, async (input) => {
    const r = await receiveWiseWebhook({ ctx, input });
    return r.outcome;
  }))
    count(`wise_webhook_${outcome}`);
}

/**
 * Tremendous delivers the gift cards sent (a few emails fail) and cancels one paid card now and then; its
 * webhooks reach each advertiser's endpoint verb: 10 % twice at once, 10 % late (after the rest, newest first:
 * out of order). Tremendous retries failed deliveries, so none is lost.
 */
async function tremendousDay(ctx: ServiceContext, desk: RailsDesk, count: Counter) {
  const orders = await tremendousOrders(desk);
  for (const { order } of orders) {
    // An executed order's email waits as SCHEDULED (PENDING while an approval holds it): delivered or failed today.
    if (order.status !== 'EXECUTED' || !['SCHEDULED', 'PENDING'].includes(order.reward.delivery.status)) continue;
    const failed = desk.rnd.next() < RAILS_MIX.giftCardDeliveryFails;
    await control(desk.tremendousOrigin, 'POST', `rewards/${order.reward.id}/delivery`, {
      status: failed ? 'FAILED' : 'SUCCEEDED',
    });
    count(failed ? 'tremendous_delivery_failed' : 'tremendous_delivered');
  }
  const paid = orders.filter((o) => o.order.status === 'EXECUTED');
  if (paid.length > 0 && desk.rnd.next() < RAILS_MIX.giftCardCancelPerDay) {
    await control(desk.tremendousOrigin, 'POST', `rewards/${desk.rnd.pick(paid).order.reward.id}/cancel`, {});
    count('tremendous_canceled');
  }
  const deliveries: { input: { organizationId: string; payload: string; signature: string }; copies: number }[] = [];
  const late: typeof deliveries = [];
  for (const [organizationId, key] of desk.tremendousKeys) {
    const out = await control<{ data: { payload: string; signature: string }[] }>(
      desk.tremendousOrigin,
      'GET',
      `webhooks?key=${encodeURIComponent(key)}`,
    );
    const from = desk.tremendousCursor.get(organizationId) ?? 0;
    desk.tremendousCursor.set(organizationId, out.data.length);
    for (const d of out.data.slice(from)) {
      const roll = desk.rnd.next();
      const delivery = {
        input: { organizationId, payload: d.payload, signature: d.signature },
        copies:
          roll >= RAILS_MIX.webhookLostOrLate && roll < RAILS_MIX.webhookLostOrLate + RAILS_MIX.webhookTwice ? 2 : 1,
      };
      (roll < RAILS_MIX.webhookLostOrLate ? late : deliveries).push(delivery);
    }
  }
  if (late.length > 0) count('tremendous_webhook_late', late.length);
  const receive = async (input: { organizationId: string; payload: string; signature: string }) =>
    (
      await receiveTremendousWebhook({
        ctx,
        input: { ...input, payload: new TextEncoder().encode(input.payload) },
      })
    ).outcome;
  for (const outcome of await deliverAll(deliveries, receive)) count(`tremendous_webhook_${outcome}`);
  for (const outcome of await deliverAll(late.reverse(), receive)) count(`tremendous_webhook_${outcome}`);
}

/**
 * The advertisers answer the external items they were asked to pay (parts sent a day ago or more), through the
 * verb the API route calls: paid or failed, some answers twice at once (the second changes nothing), some
 * followed by the opposite answer, which must be refused (payout_item_settled) so the money moves once.
 */
async function externalDay(ctx: ServiceContext, world: SoakWorld, desk: RailsDesk, count: Counter) {
  const open = (
    await ctx.db.execute(
      `SELECT i.id, i.batch_id, i.organization_id FROM affiliate.payout_items i
       JOIN affiliate.payout_batch_parts p ON p.batch_id = i.batch_id AND p.part = i.part
       WHERE i.rail = 'external' AND i.status = 'pending' AND p.status = 'sent'
         AND p.sent_at < '${new Date(ctx.now.getTime() - 86_400_000).toISOString()}'
       ORDER BY i.id`,
    )
  ).rows as { id: string; batch_id: string; organization_id: string }[];
  for (const item of open) {
    const roll = desk.rnd.next();
    const outcome =
      roll < RAILS_MIX.externalPaid
        ? 'paid'
        : roll < RAILS_MIX.externalPaid + RAILS_MIX.externalFailed
          ? 'failed'
          : null;
    if (!outcome) continue;
    const tenant = world.tenants.find((t) => t.organizationId === item.organization_id)!;
    const finance = owner(ctx, tenant, 'finance');
    const answer = (o: 'paid' | 'failed') =>
      settleExternalPayoutItem({
        ctx: finance,
        input: {
          batchId: item.batch_id,
          itemId: item.id,
          outcome: o,
          ...(o === 'paid' ? { reference: `soak-${item.id.slice(0, 8)}` } : { reason: 'Bank details rejected' }),
        },
      });
    const copies = desk.rnd.next() < RAILS_MIX.externalTwice ? 2 : 1;
    await Promise.all(Array.from({ length: copies }, () => answer(outcome)));
    count(`external_${outcome}`);
    if (copies === 2) count('external_answer_twice');
    if (desk.rnd.next() < RAILS_MIX.externalContradicted) {
      try {
        await answer(outcome === 'paid' ? 'failed' : 'paid');
        throw new Error(`external item ${item.id} settled ${outcome}, then the opposite answer was taken`);
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'payout_item_settled') throw err;
        count('external_contradiction_refused');
      }
    }
  }
}

/** The day's results of the three rails, then the webhooks they emitted. */
export async function otherRailsDay(
  ctx: ServiceContext,
  world: SoakWorld,
  desk: RailsDesk,
  count: Counter,
): Promise<void> {
  await wiseDay(ctx, desk, count);
  await tremendousDay(ctx, desk, count);
  await externalDay(ctx, world, desk, count);
}
