// A local Wise Platform API server (profiles, quotes, account requirements, recipient accounts, transfers with
// customerTransactionId idempotency, balance funding, transfers#state-change webhooks signed with its own RSA key)
// built to Wise's published API reference, for npm start and tests. Run alone with `npx tsx dev/wise-server.ts`
// (WISE_PORT, WISE_WEBHOOK_URL, WISE_API_TOKEN); it prints the public key the Worker verifies webhooks with.
import { createHash, generateKeyPairSync, type KeyObject, randomUUID, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { requirementsFor, validateRecipient } from './wise-server/requirements';

export interface WiseServerOptions {
  port?: number;
  /**
   * The deployment's API token (its WISE_API_TOKEN): its business profile is `profileId`. Every other token is
   * accepted when it looks like one Wise issues (a UUID) and is a Wise user of its own, with a personal and a
   * business profile of fresh ids (GET /v2/profiles), recipients, transfers and balances no other token reaches.
   */
  token?: string;
  /** The business profile of `token`. */
  profileId?: number;
  /** Where state-change webhooks are POSTed; without it they only wait in the outbox (/__control/webhooks). */
  webhookUrl?: string;
}

export interface WiseServer {
  /** http://127.0.0.1:port — the WISE_API_BASE_URL for clients; /__control/ lives here too. */
  url: string;
  profileId: number;
  /** The PEM public key of the key the server signs webhooks with: the Worker's WISE_WEBHOOK_PUBLIC_KEY. */
  publicKeyPem: string;
  close(): Promise<void>;
}

interface Profile {
  id: number;
  type: 'PERSONAL' | 'BUSINESS';
  name: string;
}
interface Quote {
  id: string;
  profile: number;
  sourceCurrency: string;
  targetCurrency: string;
  sourceAmount: number;
  targetAmount: number;
  fee: number;
  rate: number;
}
interface Account {
  id: number;
  token: string;
  profile: number;
  currency: string;
  type: string;
  accountHolderName: string;
  details: Record<string, unknown>;
}
interface Transfer {
  id: number;
  token: string;
  profile: number;
  targetAccount: number;
  quoteUuid: string;
  customerTransactionId: string;
  status: string;
  sourceCurrency: string;
  sourceValue: number;
  targetCurrency: string;
  targetValue: number;
  reference: string;
  funded: boolean;
}
interface Delivery {
  transferId: number;
  state: string;
  payload: string;
  signature: string;
}
interface State {
  /** Each token's Wise user: its profiles, personal first. */
  users: Map<string, Profile[]>;
  nextProfileId: number;
  quotes: Map<string, Quote>;
  accounts: Map<number, Account>;
  transfers: Map<number, Transfer>;
  byCustomerTransactionId: Map<string, number>;
  /** Balance of each token's profile per currency, in decimal units (Wise's). */
  balances: Map<string, Map<string, number>>;
  outbox: Delivery[];
  faults: { method: string; path: string; when: 'before' | 'after'; status: number }[];
  nextId: number;
}
type Reply = { status: number; body: unknown };

/** Wise's published fee structure for a balance-funded bank transfer, simplified: a fixed part plus a percentage. */
const FIXED_FEE = 0.39;
const VARIABLE_FEE = 0.0043;
/** Mid-market rates against EUR (the local server's only rate source). */
const EUR_RATE: Record<string, number> = { EUR: 1, USD: 1.08, GBP: 0.85, PLN: 4.3 };
const INITIAL_BALANCE = 1_000_000;
/** States a transfer may be moved to by the test controls, as Wise's transfer statuses name them. */
const STATES = new Set([
  'incoming_payment_waiting',
  'processing',
  'funds_converted',
  'outgoing_payment_sent',
  'bounced_back',
  'funds_refunded',
  'cancelled',
  'charged_back',
]);

const round2 = (n: number) => Math.round(n * 100) / 100;
const error = (status: number, message: string, code = 'error', path?: string): Reply => ({
  status,
  body: { errors: [{ code, message, ...(path ? { path } : {}) }] },
});

function rate(source: string, target: string): number | null {
  const s = EUR_RATE[source];
  const t = EUR_RATE[target];
  return s && t ? Number((t / s).toFixed(6)) : null;
}

export async function startWiseServer(opts: WiseServerOptions = {}): Promise<WiseServer> {
  const profileId = opts.profileId ?? 16_000_001;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const state: State = {
    users: new Map(),
    nextProfileId: 17_000_000,
    quotes: new Map(),
    accounts: new Map(),
    transfers: new Map(),
    byCustomerTransactionId: new Map(),
    balances: new Map(),
    outbox: [],
    faults: [],
    nextId: 50_000_000,
  };
  if (opts.token)
    state.users.set(opts.token, [
      { id: profileId - 1, type: 'PERSONAL', name: 'Local operator' },
      { id: profileId, type: 'BUSINESS', name: 'Local advertiser' },
    ]);
  const ctx = { state, privateKey, webhookUrl: opts.webhookUrl };
  const server = createServer((req, res) => {
    handle(ctx, req, res).catch((err: unknown) => {
      console.error('wise-server:', err);
      if (!res.headersSent) send(res, error(500, 'Internal server error'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    profileId,
    publicKeyPem,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Ctx {
  state: State;
  privateKey: KeyObject;
  webhookUrl: string | undefined;
}

function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function handle(ctx: Ctx, req: IncomingMessage, res: ServerResponse) {
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const raw = await readBody(req);
  let body: Record<string, unknown> = {};
  if (raw) {
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      send(res, error(400, 'Body is not valid JSON'));
      return;
    }
  }
  if (url.pathname.startsWith('/__control/')) {
    send(res, await control(ctx, method, url.pathname, body));
    return;
  }
  const auth = /^Bearer (\S{8,})$/.exec(req.headers.authorization ?? '');
  if (!auth || !profilesOf(ctx.state, auth[1]!)) {
    send(res, error(401, 'Full authentication is required to access this resource', 'unauthorized'));
    return;
  }
  const token = auth[1]!;
  const fault = ctx.state.faults.findIndex((f) => f.method === method && new RegExp(f.path).test(url.pathname));
  const taken = fault >= 0 ? ctx.state.faults.splice(fault, 1)[0]! : null;
  if (taken?.when === 'before') {
    send(res, error(taken.status, 'Injected fault', taken.status < 500 ? 'NOT_VALID' : 'error'));
    return;
  }
  const reply = await route(ctx, token, method, url.pathname, url.searchParams, body);
  send(res, taken ? error(500, 'Injected fault') : reply);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The profiles of a token's Wise user, made on first sight; null: not a token Wise would have issued (401). */
function profilesOf(state: State, token: string): Profile[] | null {
  let profiles = state.users.get(token);
  if (!profiles && UUID.test(token)) {
    const n = state.users.size;
    profiles = [
      { id: state.nextProfileId++, type: 'PERSONAL', name: `Person ${n}` },
      { id: state.nextProfileId++, type: 'BUSINESS', name: `Business ${n}` },
    ];
    state.users.set(token, profiles);
  }
  return profiles ?? null;
}

const ownsProfile = (state: State, token: string, profile: number) =>
  (profilesOf(state, token) ?? []).some((p) => p.id === profile);

/** GET /v2/profiles as Wise documents a profile: id, type, the names, its state. */
const profileView = (p: Profile) => ({
  id: p.id,
  publicId: createHash('sha256').update(`profile-${p.id}`).digest('hex').slice(0, 32),
  userId: Math.floor(p.id / 2),
  type: p.type,
  fullName: p.name,
  ...(p.type === 'BUSINESS'
    ? { businessName: p.name }
    : { firstName: p.name.split(' ')[0], lastName: p.name.split(' ')[1] ?? '' }),
  email: `wise-${p.id}@example.com`,
  currentState: 'VISIBLE',
  createdAt: '2026-01-15T10:30:00',
  updatedAt: '2026-01-15T10:30:00',
});

function balanceOf(state: State, token: string): Map<string, number> {
  let b = state.balances.get(token);
  if (!b) {
    b = new Map(Object.keys(EUR_RATE).map((c) => [c, INITIAL_BALANCE]));
    state.balances.set(token, b);
  }
  return b;
}

/** GET /v1/currencies as Wise documents its items: code, symbol, name, countryKeywords, supportsDecimals. */
const CURRENCIES = [
  { code: 'EUR', symbol: '€', name: 'Euro', countryKeywords: ['EUR', 'eu', 'Europe'], supportsDecimals: true },
  {
    code: 'GBP',
    symbol: '£',
    name: 'British pound',
    countryKeywords: ['GBP', 'gb', 'United Kingdom'],
    supportsDecimals: true,
  },
  { code: 'PLN', symbol: 'zł', name: 'Polish złoty', countryKeywords: ['PLN', 'pl', 'Poland'], supportsDecimals: true },
  {
    code: 'USD',
    symbol: '$',
    name: 'US dollar',
    countryKeywords: ['USD', 'us', 'United States'],
    supportsDecimals: true,
  },
];

async function route(
  ctx: Ctx,
  token: string,
  method: string,
  path: string,
  query: URLSearchParams,
  body: Record<string, unknown>,
): Promise<Reply> {
  const { state } = ctx;
  if (method === 'GET' && path === '/v2/profiles')
    return { status: 200, body: profilesOf(state, token)!.map(profileView) };
  // Wise's currency list (GET /v1/currencies): here the currencies whose account requirements this server answers.
  if (method === 'GET' && path === '/v1/currencies') return { status: 200, body: CURRENCIES };
  if (path === '/v1/account-requirements') {
    const target = query.get('target') ?? '';
    if (!query.get('source') || !target || !(Number(query.get('sourceAmount')) > 0))
      return error(400, 'source, target and sourceAmount are required', 'NOT_VALID');
    if (method === 'GET') return { status: 200, body: requirementsFor(target) };
    if (method === 'POST')
      return { status: 200, body: requirementsFor(target, (body.details ?? {}) as Record<string, unknown>) };
  }
  const profile = /^\/v3\/profiles\/([^/]+)\/(quotes|transfers\/([^/]+)\/payments)$/.exec(path);
  if (profile && !ownsProfile(state, token, Number(profile[1])))
    return error(403, 'You are not authorized to use this profile', 'forbidden');
  if (method === 'POST' && profile?.[2] === 'quotes') return createQuote(ctx, Number(profile[1]), body);
  if (method === 'POST' && path === '/v1/accounts') return createAccount(ctx, token, body);
  if (method === 'POST' && path === '/v1/transfers') return createTransfer(ctx, token, body);
  const transfer = /^\/v1\/transfers\/([0-9]+)$/.exec(path);
  if (method === 'GET' && transfer) {
    const t = state.transfers.get(Number(transfer[1]));
    return t && t.token === token
      ? { status: 200, body: transferView(t) }
      : error(404, 'Transfer not found', 'not_found');
  }
  if (method === 'POST' && profile?.[3]) {
    const t = state.transfers.get(Number(profile[3]));
    if (!t || t.token !== token || t.profile !== Number(profile[1]))
      return error(404, 'Transfer not found', 'not_found');
    if (body.type !== 'BALANCE') return error(422, 'type must be BALANCE', 'NOT_VALID', 'type');
    if (t.funded || t.status !== 'incoming_payment_waiting')
      return error(409, 'Transfer is already funded', 'transfer.already.funded');
    const balance = balanceOf(state, token);
    const available = balance.get(t.sourceCurrency) ?? 0;
    if (available < t.sourceValue)
      return {
        status: 200,
        body: {
          type: 'BALANCE',
          status: 'REJECTED',
          errorCode: 'transfer.insufficient_funds',
          balanceTransactionId: null,
        },
      };
    balance.set(t.sourceCurrency, round2(available - t.sourceValue));
    t.funded = true;
    await move(ctx, t, 'processing');
    return {
      status: 201,
      body: { type: 'BALANCE', status: 'COMPLETED', errorCode: null, balanceTransactionId: state.nextId++ },
    };
  }
  return error(404, `No route for ${method} ${path}`, 'not_found');
}

function createQuote(ctx: Ctx, profile: number, body: Record<string, unknown>): Reply {
  const source = String(body.sourceCurrency ?? '');
  const target = String(body.targetCurrency ?? '');
  const r = rate(source, target);
  if (!r) return error(422, `Route ${source} → ${target} is not supported`, 'NOT_VALID', 'targetCurrency');
  const hasSource = typeof body.sourceAmount === 'number';
  const hasTarget = typeof body.targetAmount === 'number';
  if (hasSource === hasTarget)
    return error(422, 'Either sourceAmount or targetAmount is required, never both', 'NOT_VALID');
  let sourceAmount: number;
  let fee: number;
  if (hasSource) {
    sourceAmount = body.sourceAmount as number;
    fee = round2(FIXED_FEE + VARIABLE_FEE * sourceAmount);
  } else {
    // The fee is on top: the source pays what converts to the target plus the fee on that source.
    sourceAmount = Math.ceil((((body.targetAmount as number) / r + FIXED_FEE) / (1 - VARIABLE_FEE)) * 100) / 100;
    fee = round2(FIXED_FEE + VARIABLE_FEE * sourceAmount);
  }
  if (sourceAmount <= fee) return error(422, 'The amount is too small to cover the fee', 'NOT_VALID', 'sourceAmount');
  const targetAmount = hasTarget ? (body.targetAmount as number) : round2((sourceAmount - fee) * r);
  const q: Quote = {
    id: randomUUID(),
    profile,
    sourceCurrency: source,
    targetCurrency: target,
    sourceAmount,
    targetAmount,
    fee,
    rate: r,
  };
  ctx.state.quotes.set(q.id, q);
  const option = (payIn: string, extra: number, disabled: boolean) => ({
    disabled,
    estimatedDelivery: new Date(Date.now() + 86_400_000).toISOString(),
    formattedEstimatedDelivery: 'by tomorrow',
    fee: { transferwise: fee + extra, payIn: extra, discount: 0, partner: 0, total: round2(fee + extra) },
    price: {
      priceSetId: 1,
      total: {
        type: 'TOTAL',
        label: 'Total fees',
        value: { amount: round2(fee + extra), currency: source, label: '' },
      },
    },
    sourceAmount,
    targetAmount,
    sourceCurrency: source,
    targetCurrency: target,
    payIn,
    payOut: 'BANK_TRANSFER',
    allowedProfileTypes: ['PERSONAL', 'BUSINESS'],
    payInProduct: 'BALANCE',
    feePercentage: Number((fee / sourceAmount).toFixed(4)),
  });
  return {
    status: 200,
    body: {
      id: q.id,
      sourceCurrency: source,
      targetCurrency: target,
      sourceAmount,
      targetAmount,
      payOut: 'BANK_TRANSFER',
      preferredPayIn: 'BALANCE',
      rate: r,
      createdTime: new Date().toISOString(),
      user: 1,
      profile,
      rateType: 'FIXED',
      rateExpirationTime: new Date(Date.now() + 48 * 3_600_000).toISOString(),
      providedAmountType: hasSource ? 'SOURCE' : 'TARGET',
      paymentOptions: [option('BALANCE', 0, false), option('BANK_TRANSFER', 0.2, false)],
      status: 'PENDING',
      expirationTime: new Date(Date.now() + 30 * 60_000).toISOString(),
      notices: [],
    },
  };
}

function createAccount(ctx: Ctx, token: string, body: Record<string, unknown>): Reply {
  if (!ownsProfile(ctx.state, token, Number(body.profile)))
    return error(403, 'You are not authorized to use this profile', 'forbidden');
  const currency = String(body.currency ?? '');
  const type = String(body.type ?? '');
  const holder = String(body.accountHolderName ?? '');
  const details = (body.details ?? {}) as Record<string, unknown>;
  const errors = validateRecipient(currency, type, holder, details);
  if (errors.length > 0) return { status: 422, body: { errors } };
  const account: Account = {
    id: ctx.state.nextId++,
    token,
    profile: Number(body.profile),
    currency,
    type,
    accountHolderName: holder,
    details,
  };
  ctx.state.accounts.set(account.id, account);
  const country = ((details.address ?? {}) as { country?: string }).country ?? null;
  return {
    status: 200,
    body: {
      id: account.id,
      profile: account.profile,
      currency,
      country,
      type,
      accountHolderName: holder,
      details,
      active: true,
      ownedByCustomer: false,
    },
  };
}

function createTransfer(ctx: Ctx, token: string, body: Record<string, unknown>): Reply {
  const { state } = ctx;
  const ctid = String(body.customerTransactionId ?? '');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ctid))
    return error(422, 'customerTransactionId must be a UUID', 'NOT_VALID', 'customerTransactionId');
  // Wise's idempotency: the same customerTransactionId answers the transfer it already made.
  const existing = state.byCustomerTransactionId.get(`${token}:${ctid}`);
  if (existing !== undefined) return { status: 200, body: transferView(state.transfers.get(existing)!) };
  const quote = state.quotes.get(String(body.quoteUuid ?? ''));
  if (!quote || !ownsProfile(state, token, quote.profile))
    return error(422, 'Quote not found', 'NOT_VALID', 'quoteUuid');
  if ([...state.transfers.values()].some((t) => t.quoteUuid === quote.id))
    return error(422, 'A transfer already exists for this quote', 'NOT_VALID', 'quoteUuid');
  const account = state.accounts.get(Number(body.targetAccount));
  if (!account || account.token !== token || account.profile !== quote.profile)
    return error(422, 'Recipient account not found', 'NOT_VALID', 'targetAccount');
  if (account.currency !== quote.targetCurrency)
    return error(422, 'The recipient’s currency is not the quote’s target', 'NOT_VALID', 'targetAccount');
  const t: Transfer = {
    id: state.nextId++,
    token,
    profile: quote.profile,
    targetAccount: account.id,
    quoteUuid: quote.id,
    customerTransactionId: ctid,
    status: 'incoming_payment_waiting',
    sourceCurrency: quote.sourceCurrency,
    sourceValue: quote.sourceAmount,
    targetCurrency: quote.targetCurrency,
    targetValue: quote.targetAmount,
    reference: String(((body.details ?? {}) as { reference?: string }).reference ?? ''),
    funded: false,
  };
  state.transfers.set(t.id, t);
  state.byCustomerTransactionId.set(`${token}:${ctid}`, t.id);
  return { status: 200, body: transferView(t) };
}

const transferView = (t: Transfer) => ({
  id: t.id,
  user: 1,
  targetAccount: t.targetAccount,
  sourceAccount: null,
  quoteUuid: t.quoteUuid,
  status: t.status,
  reference: t.reference,
  rate: Number((t.targetValue / t.sourceValue).toFixed(6)),
  created: new Date().toISOString(),
  business: null,
  details: { reference: t.reference },
  hasActiveIssues: false,
  sourceCurrency: t.sourceCurrency,
  sourceValue: t.sourceValue,
  targetCurrency: t.targetCurrency,
  targetValue: t.targetValue,
  customerTransactionId: t.customerTransactionId,
});

/** Moves a transfer and signs its transfers#state-change event (v2 schema) with the server's private key. */
async function move(ctx: Ctx, t: Transfer, next: string): Promise<void> {
  const previous = t.status;
  t.status = next;
  // A refunded or cancelled transfer's money returns to the balance it came from.
  if (t.funded && (next === 'funds_refunded' || next === 'cancelled')) {
    const balance = balanceOf(ctx.state, t.token);
    balance.set(t.sourceCurrency, round2((balance.get(t.sourceCurrency) ?? 0) + t.sourceValue));
  }
  const payload = JSON.stringify({
    data: {
      resource: { type: 'transfer', id: t.id, profile_id: t.profile, account_id: t.targetAccount },
      current_state: next,
      previous_state: previous,
      occurred_at: new Date().toISOString(),
    },
    subscription_id: createHash('sha256').update(`${t.profile}`).digest('hex').slice(0, 32),
    event_type: 'transfers#state-change',
    schema_version: '2.0.0',
    sent_at: new Date().toISOString(),
  });
  const signature = sign('sha256', Buffer.from(payload), ctx.privateKey).toString('base64');
  ctx.state.outbox.push({ transferId: t.id, state: next, payload, signature });
  // Delivered after the answer, as Wise does: the receiver reads the transfer back, which must not wait on this call.
  if (ctx.webhookUrl)
    void fetch(ctx.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature-sha256': signature, 'x-delivery-id': randomUUID() },
      body: payload,
    }).catch((err: unknown) => console.error('wise-server: webhook delivery failed', err));
}

/**
 * Test controls (not Wise's API):
 *   GET  /__control/transfers                      every transfer (id, customerTransactionId, status, funded, profile…)
 *   GET  /__control/accounts                       every recipient account (id, profile, currency)
 *   GET  /__control/webhooks?transfer=             signed deliveries, oldest first (tests replay them)
 *   POST /__control/transfers/{id}/state {state}   moves a transfer (outgoing_payment_sent, bounced_back…), signed event
 *   POST /__control/webhook-url {url}              where deliveries go from now on (null: the outbox only)
 *   POST /__control/balance {token, currency, amount}  sets a profile's balance
 *   POST /__control/faults {method, path, when, status?}  the next call whose path matches the regexp answers
 *        status (500 by default) before its work, or 500 after it
 */
async function control(ctx: Ctx, method: string, path: string, body: Record<string, unknown>): Promise<Reply> {
  const { state } = ctx;
  if (method === 'GET' && path === '/__control/transfers')
    return {
      status: 200,
      body: {
        data: [...state.transfers.values()].map((t) => ({ ...transferView(t), funded: t.funded, profile: t.profile })),
      },
    };
  if (method === 'GET' && path === '/__control/accounts')
    return {
      status: 200,
      body: { data: [...state.accounts.values()].map((a) => ({ id: a.id, profile: a.profile, currency: a.currency })) },
    };
  if (method === 'GET' && path === '/__control/webhooks') return { status: 200, body: { data: state.outbox } };
  const moveTo = /^\/__control\/transfers\/([0-9]+)\/state$/.exec(path);
  if (method === 'POST' && moveTo) {
    const t = state.transfers.get(Number(moveTo[1]));
    if (!t) return error(404, 'Transfer not found');
    const next = String(body.state ?? '');
    if (!STATES.has(next)) return error(400, `Unknown state ${next}`);
    await move(ctx, t, next);
    return { status: 200, body: transferView(t) };
  }
  if (method === 'POST' && path === '/__control/webhook-url') {
    ctx.webhookUrl = typeof body.url === 'string' ? body.url : undefined;
    return { status: 200, body: { url: ctx.webhookUrl ?? null } };
  }
  if (method === 'POST' && path === '/__control/balance') {
    balanceOf(state, String(body.token)).set(String(body.currency), Number(body.amount));
    return { status: 200, body: {} };
  }
  if (method === 'POST' && path === '/__control/faults') {
    const when = body.when === 'after' ? 'after' : 'before';
    const status = typeof body.status === 'number' ? body.status : 500;
    state.faults.push({ method: String(body.method ?? 'POST'), path: String(body.path ?? ''), when, status });
    return { status: 200, body: { faults: state.faults.length } };
  }
  return error(404, `No control ${method} ${path}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const env = process.env;
  const server = await startWiseServer({
    port: Number(env.WISE_PORT ?? 8801),
    token: env.WISE_API_TOKEN ?? 'local-wise-api-token',
    ...(env.WISE_WEBHOOK_URL ? { webhookUrl: env.WISE_WEBHOOK_URL } : {}),
  });
  console.log(`local Wise server on ${server.url} (profile ${server.profileId})\n${server.publicKeyPem}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
