import { newId } from './http';
import { emit, nowSeconds, type Obj, type ServerState, type StripeServerOptions } from './state';

const DAY = 86_400;
const periodSeconds = (interval: string) =>
  interval === 'year' ? 365 * DAY : interval === 'week' ? 7 * DAY : interval === 'day' ? DAY : 30 * DAY;

type Item = { id: string; price: Obj; current_period_start: number; current_period_end: number };
export const itemOf = (sub: Obj) => (sub.items as { data: Item[] }).data[0]!;

/** Keeps the subscription's legacy period fields equal to its item's (basil moved them to items). */
function setPeriod(sub: Obj, start: number, end: number): void {
  const item = itemOf(sub);
  item.current_period_start = start;
  item.current_period_end = end;
  sub.current_period_start = start;
  sub.current_period_end = end;
}

function newInvoice(state: ServerState, sub: Obj, reason: string, paid: boolean): Obj {
  const item = itemOf(sub);
  const now = nowSeconds();
  const invoice: Obj = {
    id: newId('in'),
    object: 'invoice',
    customer: sub.customer,
    subscription: sub.id,
    parent: {
      type: 'subscription_details',
      subscription_details: { subscription: sub.id, metadata: sub.metadata },
    },
    billing_reason: reason,
    currency: item.price.currency,
    amount_due: item.price.unit_amount,
    amount_paid: paid ? item.price.unit_amount : 0,
    amount_remaining: paid ? 0 : item.price.unit_amount,
    attempt_count: 1,
    attempted: true,
    status: paid ? 'paid' : 'open',
    period_start: item.current_period_start,
    period_end: item.current_period_end,
    created: now,
    livemode: false,
  };
  state.invoices.set(invoice.id, invoice);
  sub.latest_invoice = invoice.id;
  return invoice;
}

/** The hosted page's Pay button: subscription + paid first invoice, then the events Stripe sends. */
export async function completeCheckout(state: ServerState, opts: StripeServerOptions, session: Obj): Promise<void> {
  const now = nowSeconds();
  const price = session.pending_price as Obj;
  const interval = (price.recurring as { interval: string }).interval;
  const sub: Obj = {
    id: newId('sub'),
    object: 'subscription',
    customer: session.customer,
    status: 'active',
    cancel_at_period_end: false,
    canceled_at: null,
    ended_at: null,
    created: now,
    start_date: now,
    collection_method: 'charge_automatically',
    currency: price.currency,
    items: {
      object: 'list',
      data: [
        {
          id: newId('si'),
          object: 'subscription_item',
          price,
          quantity: 1,
          current_period_start: now,
          current_period_end: now,
        },
      ],
    },
    metadata: { ...(session.subscription_metadata as Record<string, string>) },
    livemode: false,
  };
  setPeriod(sub, now, now + periodSeconds(interval));
  state.subscriptions.set(sub.id, sub);
  const invoice = newInvoice(state, sub, 'subscription_create', true);
  Object.assign(session, { status: 'complete', payment_status: 'paid', subscription: sub.id, invoice: invoice.id });
  const view = { ...session };
  delete view.pending_price;
  delete view.subscription_metadata;
  await emit(state, opts, 'customer.subscription.created', sub);
  await emit(state, opts, 'invoice.paid', invoice);
  await emit(state, opts, 'checkout.session.completed', view as Obj);
}

/** A renewal: the next invoice is paid (period moves on) or fails (past_due), as /__control asked. */
export async function renew(state: ServerState, opts: StripeServerOptions, sub: Obj): Promise<Obj> {
  const fail = state.failNext.delete(sub.id);
  const item = itemOf(sub);
  const previous = { status: sub.status, current_period_end: item.current_period_end };
  if (!fail)
    setPeriod(
      sub,
      item.current_period_end,
      item.current_period_end + periodSeconds((item.price.recurring as { interval: string }).interval),
    );
  const invoice = newInvoice(state, sub, 'subscription_cycle', !fail);
  sub.status = fail ? 'past_due' : 'active';
  await emit(state, opts, fail ? 'invoice.payment_failed' : 'invoice.paid', invoice);
  await emit(state, opts, 'customer.subscription.updated', sub, previous);
  return invoice;
}

/** Pays the latest open invoice of a past_due subscription (a retry that succeeds, or a new card). */
export async function payOpenInvoice(state: ServerState, opts: StripeServerOptions, sub: Obj): Promise<Obj | null> {
  const invoice = state.invoices.get(String(sub.latest_invoice));
  if (invoice?.status !== 'open') return null;
  Object.assign(invoice, { status: 'paid', amount_paid: invoice.amount_due, amount_remaining: 0 });
  const item = itemOf(sub);
  setPeriod(
    sub,
    item.current_period_end,
    item.current_period_end + periodSeconds((item.price.recurring as { interval: string }).interval),
  );
  const previous = { status: sub.status };
  sub.status = 'active';
  await emit(state, opts, 'invoice.paid', invoice);
  await emit(state, opts, 'customer.subscription.updated', sub, previous);
  return invoice;
}

/** Ends a subscription now: status canceled and `customer.subscription.deleted`. */
export async function endSubscription(state: ServerState, opts: StripeServerOptions, sub: Obj): Promise<void> {
  const now = nowSeconds();
  Object.assign(sub, { status: 'canceled', ended_at: now, canceled_at: sub.canceled_at ?? now });
  await emit(state, opts, 'customer.subscription.deleted', sub);
}

/** cancel_at_period_end on or off, as the portal or POST /v1/subscriptions/{id} does. */
export async function setCancelAtPeriodEnd(
  state: ServerState,
  opts: StripeServerOptions,
  sub: Obj,
  cancel: boolean,
): Promise<void> {
  const previous = { cancel_at_period_end: sub.cancel_at_period_end };
  Object.assign(sub, {
    cancel_at_period_end: cancel,
    canceled_at: cancel ? nowSeconds() : null,
    cancel_at: cancel ? itemOf(sub).current_period_end : null,
  });
  await emit(state, opts, 'customer.subscription.updated', sub, previous);
}

/** The period ran out: a subscription set to cancel ends; any other renews. */
export async function endPeriod(state: ServerState, opts: StripeServerOptions, sub: Obj): Promise<void> {
  if (sub.cancel_at_period_end === true) await endSubscription(state, opts, sub);
  else await renew(state, opts, sub);
}
