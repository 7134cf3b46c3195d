// A local Stripe-compatible server for the Billing endpoints Affiliate Edge uses (customers,
// Checkout Sessions in subscription mode with inline price_data, prices, subscriptions, the
// customer portal) with hosted checkout and portal pages and signed webhooks, and the coupons and
// promotion codes of referred customers' discounts (stripe-server/discounts.ts), per API key, and
// Connect for the payout rail (stripe-server/connect.ts: Express accounts with a hosted onboarding
// page, transfers, reversals, connected payouts). Run alone with `npx tsx dev/stripe-server.ts`
// (STRIPE_PORT, STRIPE_SECRET_KEY, STRIPE_BILLING_WEBHOOK_SECRET, STRIPE_WEBHOOK_URL, STRIPE_CONNECT_WEBHOOK_URL).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import {
  cancelSubscription,
  createCheckoutSession,
  createCustomer,
  createPortalSession,
  createPrice,
  getSubscription,
  updateSubscription,
} from './stripe-server/api';
import { control } from './stripe-server/control';
import {
  connectOf,
  createAccount,
  createAccountLink,
  createTransfer,
  getAccount,
  getTransfer,
  onboardingPage,
  platformAccount,
  reverseTransfer,
} from './stripe-server/connect';
import {
  createCoupon,
  createPromotionCode,
  getCoupon,
  getPromotionCode,
  listPromotionCodes,
  updatePromotionCode,
} from './stripe-server/discounts';
import { type FormObject, parseForm } from './stripe-server/form';
import { readBody, type Reply, send, stripeError } from './stripe-server/http';
import { completeCheckout, setCancelAtPeriodEnd } from './stripe-server/lifecycle';
import { checkoutPage, portalPage } from './stripe-server/pages';
import { type Account, accountOf, emptyState, type ServerState, type StripeServerOptions } from './stripe-server/state';

/** A restricted key as Stripe issues them: rk_test_ (or rk_live_) and at least 24 letters and digits. */
const RESTRICTED_KEY = /^rk_(test|live)_[A-Za-z0-9]{24,}$/;
/** Another account's secret key (an advertiser's own Connect platform): Connect endpoints only. */
const OTHER_SECRET_KEY = /^sk_(test|live)_[A-Za-z0-9]{24,}$/;
const CONNECT_PATH = /^\/v1\/(account|accounts|account_links|transfers)(\/|$)/;

export type { StripeServerOptions } from './stripe-server/state';

export interface StripeServer {
  /** http://127.0.0.1:port — the STRIPE_API_BASE_URL for clients. */
  url: string;
  close(): Promise<void>;
}

export async function startStripeServer(opts: StripeServerOptions): Promise<StripeServer> {
  const state = emptyState(opts);
  const server = createServer((req, res) => {
    handle(state, opts, req, res).catch((err: unknown) => {
      console.error('stripe-server:', err);
      if (!res.headersSent) send(res, stripeError(500, 'api_error', 'An unknown error occurred'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  state: ServerState,
  opts: StripeServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const method = req.method ?? 'GET';
  const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
  const url = new URL(req.url ?? '/', origin);
  const path = url.pathname;
  const raw = await readBody(req);
  if (path.startsWith('/__control/')) {
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      send(res, stripeError(400, 'invalid_request_error', 'Control bodies are JSON'));
      return;
    }
    send(res, await control(state, opts, method, path, url.searchParams, body));
    return;
  }
  if (path.startsWith('/c/') || path.startsWith('/p/')) {
    send(res, await hosted(state, opts, method, path));
    return;
  }
  const onboard = /^\/connect\/onboard\/([0-9a-f]+)$/.exec(path);
  if (onboard) {
    send(res, await onboardingPage(state, opts, method, onboard[1]!, new URLSearchParams(raw)));
    return;
  }
  const auth = req.headers.authorization ?? '';
  const apiKey = auth.replace(/^Bearer /, '');
  const restricted = RESTRICTED_KEY.test(apiKey);
  const otherPlatform = apiKey !== opts.secretKey && OTHER_SECRET_KEY.test(apiKey);
  if (otherPlatform && !CONNECT_PATH.test(path)) {
    send(
      res,
      stripeError(
        404,
        'invalid_request_error',
        `This local server serves other accounts' keys on Connect endpoints only (${path}).`,
      ),
    );
    return;
  }
  if (!auth.startsWith('Bearer ') || (apiKey !== opts.secretKey && !restricted && !otherPlatform)) {
    send(
      res,
      stripeError(
        401,
        'invalid_request_error',
        apiKey
          ? `Invalid API Key provided: ${apiKey.slice(0, 8)}${'*'.repeat(Math.max(0, apiKey.length - 12))}${apiKey.slice(-4)}`
          : 'You did not provide an API key.',
      ),
    );
    return;
  }
  if (restricted && !/^\/v1\/(coupons|promotion_codes)(\/|$)/.test(path)) {
    send(
      res,
      stripeError(
        403,
        'invalid_request_error',
        `The provided key '${apiKey.slice(0, 8)}***${apiKey.slice(-4)}' does not have the required permissions for this endpoint on account 'acct_local'.`,
      ),
    );
    return;
  }
  // Idempotency-Keys belong to the account (the key that sent them) and to one set of parameters.
  const key = req.headers['idempotency-key'];
  const idemKey = method === 'POST' && typeof key === 'string' ? `${apiKey}:${key}` : null;
  const earlier = idemKey ? state.idempotent.get(idemKey) : undefined;
  if (earlier) {
    if (earlier.request !== `${path}?${raw}`)
      send(
        res,
        stripeError(
          400,
          'idempotency_error',
          `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${String(key)}' if you meant to execute a different request.`,
        ),
      );
    else send(res, earlier.reply, { 'idempotent-replayed': 'true' });
    return;
  }
  const fault = state.faults.findIndex(
    (f) => f.method === method && path.startsWith(f.path) && (f.key === undefined || f.key === apiKey),
  );
  const when = fault >= 0 ? state.faults.splice(fault, 1)[0]!.when : null;
  if (when === 'before') {
    send(res, stripeError(500, 'api_error', 'An unknown error occurred'));
    return;
  }
  const reply = CONNECT_PATH.test(path)
    ? await connectApi(state, opts, apiKey, method, path, parseForm(raw), origin)
    : await api(state, opts, accountOf(state, apiKey), method, path, parseForm(raw), url.searchParams, origin);
  if (idemKey && 'body' in reply && reply.status < 500)
    state.idempotent.set(idemKey, { request: `${path}?${raw}`, reply });
  send(res, when === 'after' ? stripeError(500, 'api_error', 'An unknown error occurred') : reply);
}

async function api(
  state: ServerState,
  opts: StripeServerOptions,
  account: Account,
  method: string,
  path: string,
  form: FormObject,
  query: URLSearchParams,
  origin: string,
) {
  if (method === 'POST' && path === '/v1/coupons') return createCoupon(account, form);
  const coupon = /^\/v1\/coupons\/([^/]+)$/.exec(path);
  if (coupon && method === 'GET') return getCoupon(account, decodeURIComponent(coupon[1]!));
  if (method === 'POST' && path === '/v1/promotion_codes') return createPromotionCode(account, form);
  if (method === 'GET' && path === '/v1/promotion_codes') return listPromotionCodes(account, query);
  const promo = /^\/v1\/promotion_codes\/([^/]+)$/.exec(path);
  if (promo && method === 'GET') return getPromotionCode(account, promo[1]!);
  if (promo && method === 'POST') return updatePromotionCode(account, promo[1]!, form);
  if (method === 'POST' && path === '/v1/customers') return createCustomer(state, form);
  if (method === 'POST' && path === '/v1/checkout/sessions') return createCheckoutSession(state, form, origin);
  if (method === 'POST' && path === '/v1/prices') return createPrice(state, form);
  if (method === 'POST' && path === '/v1/billing_portal/sessions') return createPortalSession(state, form, origin);
  const sub = /^\/v1\/subscriptions\/([^/]+)$/.exec(path);
  if (sub && method === 'GET') return getSubscription(state, sub[1]!);
  if (sub && method === 'POST') return updateSubscription(state, opts, sub[1]!, form);
  if (sub && method === 'DELETE') return cancelSubscription(state, opts, sub[1]!);
  return stripeError(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${path}).`);
}

/** Connect: the key's platform account, its Express accounts, account links and transfers. */
async function connectApi(
  state: ServerState,
  opts: StripeServerOptions,
  key: string,
  method: string,
  path: string,
  form: FormObject,
  origin: string,
): Promise<Reply> {
  const platform = connectOf(state, key);
  if (method === 'GET' && path === '/v1/account') return platformAccount(key);
  if (method === 'POST' && path === '/v1/accounts') return createAccount(platform, form);
  const account = /^\/v1\/accounts\/([^/]+)$/.exec(path);
  if (account && method === 'GET') return getAccount(platform, decodeURIComponent(account[1]!));
  if (method === 'POST' && path === '/v1/account_links') return createAccountLink(state, key, form, origin);
  if (method === 'POST' && path === '/v1/transfers') return createTransfer(state, opts, platform, form);
  const transfer = /^\/v1\/transfers\/([^/]+)$/.exec(path);
  if (transfer && method === 'GET') return getTransfer(platform, decodeURIComponent(transfer[1]!));
  const reversals = /^\/v1\/transfers\/([^/]+)\/reversals$/.exec(path);
  if (reversals && method === 'POST')
    return reverseTransfer(state, opts, platform, decodeURIComponent(reversals[1]!), form);
  return stripeError(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${path}).`);
}

/** The hosted pages: Checkout's Pay button and the portal's actions. */
async function hosted(state: ServerState, opts: StripeServerOptions, method: string, path: string): Promise<Reply> {
  const pay = /^\/c\/pay\/([^/]+)$/.exec(path);
  if (pay) {
    const session = state.sessions.get(pay[1]!);
    if (!session)
      return { status: 404, html: '<!doctype html><title>Not found</title><h1>Checkout session not found</h1>' };
    if (method === 'GET') return checkoutPage(session);
    if (session.status !== 'open') return checkoutPage(session);
    await completeCheckout(state, opts, session);
    return { status: 303, location: String(session.success_url).replace('{CHECKOUT_SESSION_ID}', session.id) };
  }
  const portal = /^\/p\/session\/([^/]+)(?:\/(cancel|renew|card)(?:\/([^/]+))?)?$/.exec(path);
  const session = portal ? state.portals.get(portal[1]!) : undefined;
  if (!portal || !session) return { status: 404, html: '<!doctype html><title>Not found</title><h1>Not found</h1>' };
  if (method === 'GET' || !portal[2]) return portalPage(state, session);
  if (portal[2] === 'card') return portalPage(state, session, 'Your card was updated.');
  const sub = state.subscriptions.get(portal[3] ?? '');
  if (!sub || sub.customer !== session.customer) return portalPage(state, session, 'No such subscription.');
  await setCancelAtPeriodEnd(state, opts, sub, portal[2] === 'cancel');
  return portalPage(
    state,
    session,
    portal[2] === 'cancel' ? 'Your subscription will end at the end of the period.' : 'Your subscription continues.',
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const env = process.env;
  const server = await startStripeServer({
    port: Number(env.STRIPE_PORT ?? 8792),
    secretKey: env.STRIPE_SECRET_KEY ?? 'sk_test_local',
    webhookSecret: env.STRIPE_BILLING_WEBHOOK_SECRET ?? 'whsec_local_billing_0123456789abcdef',
    ...(env.STRIPE_WEBHOOK_URL ? { webhookUrl: env.STRIPE_WEBHOOK_URL } : {}),
    ...(env.STRIPE_CONNECT_WEBHOOK_URL ? { connectWebhookUrl: env.STRIPE_CONNECT_WEBHOOK_URL } : {}),
  });
  console.log(`local Stripe server on ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
