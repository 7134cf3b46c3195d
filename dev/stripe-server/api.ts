import { field, type FormObject, stringMap } from './form';
import { invalidParam, missingParam, newId, noSuch, type Reply, stripeError } from './http';
import { endSubscription, itemOf, setCancelAtPeriodEnd } from './lifecycle';
import { emit, nowSeconds, type Obj, type ServerState, type StripeServerOptions } from './state';

const INTERVALS = ['day', 'week', 'month', 'year'];

/** Validates Stripe's inline price fields (price_data or POST /v1/prices) into a price object. */
function priceFrom(form: FormObject | undefined, param: string, productName: string | undefined): Obj | Reply {
  const currency = field(form, 'currency');
  const unitAmount = field(form, 'unit_amount');
  const interval = field(form, 'recurring', 'interval');
  if (!currency) return missingParam(`${param}[currency]`);
  if (!/^[a-z]{3}$/.test(currency)) return invalidParam(`${param}[currency]`, `Invalid currency: ${currency}.`);
  if (unitAmount === undefined) return missingParam(`${param}[unit_amount]`);
  if (!/^\d+$/.test(unitAmount)) return invalidParam(`${param}[unit_amount]`, `Invalid integer: ${unitAmount}`);
  if (!interval) return missingParam(`${param}[recurring][interval]`);
  if (!INTERVALS.includes(interval))
    return invalidParam(
      `${param}[recurring][interval]`,
      `Invalid recurring[interval]: must be one of ${INTERVALS.join(', ')}`,
    );
  if (!productName) return missingParam(`${param}[product_data][name]`);
  return {
    id: newId('price'),
    object: 'price',
    active: true,
    currency,
    unit_amount: Number(unitAmount),
    recurring: { interval, interval_count: 1, usage_type: 'licensed' },
    type: 'recurring',
    product: newId('prod'),
    product_name: productName,
    created: nowSeconds(),
    livemode: false,
  };
}

const isReply = (v: Obj | Reply): v is Reply => 'status' in v && !('id' in v);

export function createCustomer(state: ServerState, form: FormObject): Reply {
  const customer: Obj = {
    id: newId('cus'),
    object: 'customer',
    email: field(form, 'email') ?? null,
    name: field(form, 'name') ?? null,
    metadata: stringMap(form, 'metadata'),
    created: nowSeconds(),
    livemode: false,
  };
  state.customers.set(customer.id, customer);
  return { status: 200, body: customer };
}

export function createCheckoutSession(state: ServerState, form: FormObject, origin: string): Reply {
  const mode = field(form, 'mode');
  if (!mode) return missingParam('mode');
  if (mode !== 'subscription')
    return invalidParam('mode', 'This local server only implements Checkout in subscription mode.');
  const successUrl = field(form, 'success_url');
  if (!successUrl) return missingParam('success_url');
  const customer = field(form, 'customer');
  if (customer && !state.customers.has(customer)) return noSuch('customer', customer);
  const items = form.line_items;
  if (!Array.isArray(items) || items.length === 0) return missingParam('line_items');
  if (items.length > 1) return invalidParam('line_items', 'This local server takes one line item.');
  const line = items[0] as FormObject;
  const quantity = field(line, 'quantity') ?? '1';
  if (quantity !== '1') return invalidParam('line_items[0][quantity]', 'Quantity must be 1 here.');
  const priceData = line.price_data as FormObject | undefined;
  if (!priceData) return missingParam('line_items[0][price_data]');
  const price = priceFrom(priceData, 'line_items[0][price_data]', field(priceData, 'product_data', 'name'));
  if (isReply(price)) return price;
  const id = newId('cs_test');
  const session: Obj = {
    id,
    object: 'checkout.session',
    mode,
    customer: customer ?? null,
    client_reference_id: field(form, 'client_reference_id') ?? null,
    metadata: stringMap(form, 'metadata'),
    success_url: successUrl,
    cancel_url: field(form, 'cancel_url') ?? null,
    url: `${origin}/c/pay/${id}`,
    status: 'open',
    payment_status: 'unpaid',
    subscription: null,
    invoice: null,
    currency: price.currency,
    amount_total: price.unit_amount,
    created: nowSeconds(),
    expires_at: nowSeconds() + 86_400,
    livemode: false,
    pending_price: price,
    subscription_metadata: stringMap(form.subscription_data as FormObject | undefined, 'metadata'),
  };
  state.sessions.set(id, session);
  return { status: 200, body: sessionView(session) };
}

export function sessionView(session: Obj): Obj {
  const { pending_price: _p, subscription_metadata: _m, ...view } = session;
  return view as Obj;
}

export function createPrice(state: ServerState, form: FormObject): Reply {
  const price = priceFrom(form, 'price_data', field(form, 'product_data', 'name'));
  if (isReply(price)) return price;
  state.prices.set(price.id, price);
  return { status: 200, body: price };
}

export function getSubscription(state: ServerState, id: string): Reply {
  const sub = state.subscriptions.get(id);
  return sub ? { status: 200, body: sub } : noSuch('subscription', id);
}

/** POST /v1/subscriptions/{id}: price change of the one item, metadata, cancel_at_period_end. */
export async function updateSubscription(
  state: ServerState,
  opts: StripeServerOptions,
  id: string,
  form: FormObject,
): Promise<Reply> {
  const sub = state.subscriptions.get(id);
  if (!sub) return noSuch('subscription', id);
  if (sub.status === 'canceled')
    return stripeError(
      400,
      'invalid_request_error',
      'A canceled subscription can only update its cancellation_details and metadata.',
    );
  const items = form.items;
  const previous: Record<string, unknown> = {};
  if (Array.isArray(items) && items.length > 0) {
    const line = items[0] as FormObject;
    const item = itemOf(sub);
    if (field(line, 'id') !== item.id)
      return invalidParam('items[0][id]', `No such subscription item: '${field(line, 'id') ?? ''}'`);
    const priceId = field(line, 'price');
    const price = priceId ? state.prices.get(priceId) : undefined;
    if (!priceId) return missingParam('items[0][price]');
    if (!price) return noSuch('price', priceId);
    previous.items = structuredClone(sub.items);
    item.price = price;
  }
  const metadata = stringMap(form, 'metadata');
  if (Object.keys(metadata).length > 0) {
    previous.metadata = { ...(sub.metadata as Record<string, string>) };
    sub.metadata = { ...(sub.metadata as Record<string, string>), ...metadata };
  }
  const cancel = field(form, 'cancel_at_period_end');
  if (cancel === 'true' || cancel === 'false') {
    await setCancelAtPeriodEnd(state, opts, sub, cancel === 'true');
    return { status: 200, body: sub };
  }
  if (Object.keys(previous).length > 0) await emit(state, opts, 'customer.subscription.updated', sub, previous);
  return { status: 200, body: sub };
}

export async function cancelSubscription(state: ServerState, opts: StripeServerOptions, id: string): Promise<Reply> {
  const sub = state.subscriptions.get(id);
  if (!sub) return noSuch('subscription', id);
  if (sub.status === 'canceled') return { status: 200, body: sub };
  await endSubscription(state, opts, sub);
  return { status: 200, body: sub };
}

export function createPortalSession(state: ServerState, form: FormObject, origin: string): Reply {
  const customer = field(form, 'customer');
  if (!customer) return missingParam('customer');
  if (!state.customers.has(customer)) return noSuch('customer', customer);
  const id = newId('bps');
  const session: Obj = {
    id,
    object: 'billing_portal.session',
    customer,
    return_url: field(form, 'return_url') ?? null,
    url: `${origin}/p/session/${id}`,
    created: nowSeconds(),
    livemode: false,
  };
  state.portals.set(id, session);
  return { status: 200, body: session };
}
