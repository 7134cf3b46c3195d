import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import * as s from '../schema';
import type { Db } from '../workers/db/client';
import { sendRaw } from './inbound';

/** Helpers for the Stripe Billing tests: the shared local Stripe server and the billing webhook. */
const stripeBase = () => (env as unknown as { STRIPE_API_BASE_URL: string }).STRIPE_API_BASE_URL;

export interface SignedEvent {
  id: string;
  type: string;
  created: number;
  payload: string;
  signature: string;
}

/** Every event the local Stripe server sent about this customer, oldest first, freshly signed. */
export async function eventsOf(customerId: string): Promise<SignedEvent[]> {
  const res = await fetch(`${stripeBase()}/__control/events?customer=${customerId}`);
  return ((await res.json()) as { data: SignedEvent[] }).data;
}

/** Delivers one event to the billing webhook as Stripe would. */
export const deliver = (e: Pick<SignedEvent, 'payload' | 'signature'>) =>
  sendRaw('/api/v1/billing/stripe/webhook', {
    body: e.payload,
    headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': e.signature },
  });

/** Delivers the customer's events not delivered yet (those after `seen`), in order; returns the new ones. */
export async function deliverNew(customerId: string, seen: Set<string>): Promise<SignedEvent[]> {
  const fresh = (await eventsOf(customerId)).filter((e) => !seen.has(e.id));
  for (const e of fresh) {
    seen.add(e.id);
    const res = await deliver(e);
    if (res.status !== 200)
      throw new Error(`delivery of ${e.type} answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return fresh;
}

/** The hosted checkout page's Pay button; returns where Stripe redirects the browser. */
export async function payCheckout(url: string): Promise<string> {
  const res = await fetch(url, { method: 'POST', redirect: 'manual' });
  await res.arrayBuffer();
  if (res.status !== 303) throw new Error(`checkout answered ${res.status}`);
  return res.headers.get('location') ?? '';
}

/** A test-control call on the local Stripe server. */
export async function stripeControl(path: string, body: unknown = {}): Promise<unknown> {
  const res = await fetch(`${stripeBase()}/__control/${path}`, { method: 'POST', body: JSON.stringify(body) });
  return res.json();
}

/** A Stripe API call as the platform makes it. */
export async function stripeApi(method: string, path: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${stripeBase()}${path}`, {
    method,
    headers: { authorization: `Bearer ${(env as unknown as { STRIPE_SECRET_KEY: string }).STRIPE_SECRET_KEY}` },
  });
  return (await res.json()) as Record<string, unknown>;
}

export async function planIdOf(db: Db, code: string): Promise<string> {
  const [plan] = await db
    .select({ id: s.plans.id })
    .from(s.plans)
    .where(eq(s.plans.code, code as 'pro'));
  return plan!.id;
}

export async function billingRowOf(db: Db, organizationId: string) {
  const [row] = await db.select().from(s.orgSubscriptions).where(eq(s.orgSubscriptions.organizationId, organizationId));
  return row!;
}

export async function orgPlanOf(db: Db, organizationId: string) {
  const [row] = await db
    .select({ code: s.plans.code, billingPeriod: s.organizations.billingPeriod })
    .from(s.organizations)
    .innerJoin(s.plans, eq(s.plans.id, s.organizations.planId))
    .where(eq(s.organizations.id, organizationId));
  return row!;
}
