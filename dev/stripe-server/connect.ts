// Stripe Connect for the payout rail: Express accounts, account links with a hosted onboarding
// page, transfers and their reversals, and the connected accounts' payouts, each platform (secret
// key) with its own accounts and transfers. Events are signed like the billing ones; Connect
// events carry the connected account as `account`, as Stripe's do.
import { createHash, randomBytes } from 'node:crypto';
import { stripeAccountAgreement } from '../../workers/domain/stripe-cross-border';
import { field, type FormObject, stringMap } from './form';
import { escapeHtml, invalidParam, missingParam, newId, noSuch, type Reply, stripeError } from './http';
import { page } from './pages';
import { emit, nowSeconds, type Obj, type ServerState, type StripeServerOptions } from './state';

/** A platform's Connect objects (one per secret key). */
export interface ConnectPlatform {
  accounts: Map<string, Obj>;
  transfers: Map<string, Obj>;
  /** Set through /__control/connect/insufficient-funds: the next transfers fail as Stripe's do. */
  insufficientFunds: boolean;
}

/** What onboarding still asks of a fresh Express account (a subset of Stripe's requirement names). */
const INITIAL_REQUIREMENTS = ['business_type', 'external_account', 'individual.dob.day', 'tos_acceptance.date'];

export function connectOf(state: ServerState, key: string): ConnectPlatform {
  let platform = state.connect.get(key);
  if (!platform) {
    platform = { accounts: new Map(), transfers: new Map(), insufficientFunds: false };
    state.connect.set(key, platform);
  }
  return platform;
}

/** Every local platform is a US one, as the product's default Stripe account would be. */
export const PLATFORM_COUNTRY = 'US';

/** GET /v1/account: the platform account of the key, with a stable id per key. */
export function platformAccount(key: string): Reply {
  const id = `acct_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
  return {
    status: 200,
    body: { id, object: 'account', type: 'standard', livemode: key.startsWith('sk_live_'), country: PLATFORM_COUNTRY },
  };
}

/**
 * POST /v1/accounts (type=express only: the one type the payout rail creates). Holds the rules of
 * Stripe's documents (workers/domain/stripe-cross-border.ts) as Stripe does: an account outside the
 * platform's country only in the self-serve cross-border regions and only under the `recipient`
 * service agreement, and a recipient account never with card_payments.
 */
export function createAccount(platform: ConnectPlatform, form: FormObject): Reply {
  const type = field(form, 'type');
  if (!type) return missingParam('type');
  if (type !== 'express') return invalidParam('type', 'This local server creates Express accounts only.');
  const country = field(form, 'country');
  if (country !== undefined && !/^[A-Z]{2}$/.test(country))
    return invalidParam(
      'country',
      `Country '${country}' is unknown. Try using a 2-character alphanumeric country code instead, such as 'US', 'EG', or 'GB'.`,
    );
  const transfers = field(form, 'capabilities', 'transfers', 'requested');
  const agreement = field(form, 'tos_acceptance', 'service_agreement') ?? 'full';
  if (agreement !== 'full' && agreement !== 'recipient')
    return invalidParam(
      'tos_acceptance[service_agreement]',
      'Invalid service_agreement: must be one of full or recipient',
    );
  const accountCountry = country ?? PLATFORM_COUNTRY;
  const allowed = stripeAccountAgreement(PLATFORM_COUNTRY, accountCountry);
  if (allowed === null)
    return invalidParam(
      'country',
      `Cross-border payouts from ${PLATFORM_COUNTRY} to ${accountCountry} are not supported. Stripe supports self-serve cross-border payouts only between the US, UK, EEA, Canada and Switzerland.`,
    );
  if (allowed === 'recipient' && agreement !== 'recipient')
    return invalidParam(
      'tos_acceptance[service_agreement]',
      `Accounts in ${accountCountry} created by a platform in ${PLATFORM_COUNTRY} must use the recipient service agreement: cross-border payouts only work with accounts under the recipient service agreement.`,
    );
  if (agreement === 'recipient' && field(form, 'capabilities', 'card_payments', 'requested') === 'true')
    return invalidParam(
      'capabilities[card_payments]',
      'Accounts under the recipient service agreement cannot request the card_payments capability.',
    );
  const account: Obj = {
    id: newId('acct'),
    object: 'account',
    type,
    country: accountCountry,
    email: field(form, 'email') ?? null,
    tos_acceptance: { date: null, ip: null, service_agreement: agreement },
    default_currency: 'usd',
    details_submitted: false,
    payouts_enabled: false,
    charges_enabled: false,
    capabilities: transfers === 'true' ? { transfers: 'inactive' } : {},
    requirements: {
      currently_due: [...INITIAL_REQUIREMENTS],
      eventually_due: [...INITIAL_REQUIREMENTS],
      disabled_reason: 'requirements.past_due',
    },
    metadata: stringMap(form, 'metadata'),
    created: nowSeconds(),
  };
  platform.accounts.set(account.id, account);
  return { status: 200, body: account };
}

export function getAccount(platform: ConnectPlatform, id: string): Reply {
  const account = platform.accounts.get(id);
  return account ? { status: 200, body: account } : noSuch('account', id);
}

/** POST /v1/account_links: a single-use link to the hosted onboarding page. */
export function createAccountLink(state: ServerState, key: string, form: FormObject, origin: string): Reply {
  const account = field(form, 'account');
  if (!account) return missingParam('account');
  if (!connectOf(state, key).accounts.has(account)) return noSuch('account', account);
  const type = field(form, 'type');
  if (!type) return missingParam('type');
  if (type !== 'account_onboarding' && type !== 'account_update')
    return invalidParam('type', 'Invalid type: must be one of account_onboarding or account_update');
  const refreshUrl = field(form, 'refresh_url');
  const returnUrl = field(form, 'return_url');
  if (!refreshUrl) return missingParam('refresh_url');
  if (!returnUrl) return missingParam('return_url');
  const token = randomBytes(12).toString('hex');
  const expiresAt = nowSeconds() + 300;
  state.accountLinks.set(token, { key, account, refreshUrl, returnUrl, expiresAt, used: false });
  return {
    status: 200,
    body: {
      object: 'account_link',
      created: nowSeconds(),
      expires_at: expiresAt,
      url: `${origin}/connect/onboard/${token}`,
    },
  };
}

/** The hosted onboarding page: GET shows it, POST completes (or half-completes) the account and returns. */
export async function onboardingPage(
  state: ServerState,
  opts: StripeServerOptions,
  method: string,
  token: string,
  form: URLSearchParams,
): Promise<Reply> {
  const link = state.accountLinks.get(token);
  if (!link) return { status: 404, html: '<!doctype html><title>Not found</title><h1>This link is not valid</h1>' };
  if (link.used || link.expiresAt < nowSeconds()) return { status: 303, location: link.refreshUrl };
  const account = connectOf(state, link.key).accounts.get(link.account)!;
  if (method === 'GET')
    return page(
      'Set up payouts',
      `<h1>Set up payouts</h1><p class="note">Local Stripe: account ${escapeHtml(account.id)} (${escapeHtml(String(account.country))}).</p>
<form method="post"><input type="hidden" name="outcome" value="complete"><button class="primary" type="submit">Add bank account and finish</button></form>
<form method="post"><input type="hidden" name="outcome" value="verification"><button type="submit">Submit details, verification pending</button></form>
<form method="post"><input type="hidden" name="outcome" value="later"><button type="submit">Save and finish later</button></form>`,
    );
  link.used = true;
  const outcome = form.get('outcome') ?? 'complete';
  const previous = { details_submitted: account.details_submitted, payouts_enabled: account.payouts_enabled };
  if (outcome === 'complete') {
    Object.assign(account, {
      details_submitted: true,
      payouts_enabled: true,
      capabilities: { ...(account.capabilities as object), transfers: 'active' },
      requirements: { currently_due: [], eventually_due: [], disabled_reason: null },
    });
  } else if (outcome === 'verification') {
    Object.assign(account, {
      details_submitted: true,
      payouts_enabled: false,
      requirements: {
        currently_due: ['individual.verification.document'],
        eventually_due: [],
        disabled_reason: 'requirements.pending_verification',
      },
    });
  }
  if (outcome !== 'later') await emit(state, opts, 'account.updated', account, previous, account.id);
  return { status: 303, location: link.returnUrl };
}

/** POST /v1/transfers to a connected account of this platform. */
export async function createTransfer(
  state: ServerState,
  opts: StripeServerOptions,
  platform: ConnectPlatform,
  form: FormObject,
): Promise<Reply> {
  const amount = field(form, 'amount');
  const currency = field(form, 'currency');
  const destination = field(form, 'destination');
  if (amount === undefined) return missingParam('amount');
  if (!/^[1-9]\d*$/.test(amount)) return invalidParam('amount', 'Invalid positive integer');
  if (!currency) return missingParam('currency');
  if (!/^[a-z]{3}$/.test(currency)) return invalidParam('currency', `Invalid currency: ${currency}.`);
  if (!destination) return missingParam('destination');
  const account = platform.accounts.get(destination);
  if (!account) return noSuch('destination', destination);
  if ((account.capabilities as Record<string, string>).transfers !== 'active')
    return stripeError(
      400,
      'invalid_request_error',
      'Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments',
      { code: 'insufficient_capabilities_for_transfer', param: 'destination' },
    );
  if (platform.insufficientFunds)
    return stripeError(
      400,
      'invalid_request_error',
      'You have insufficient available funds in your Stripe account. Try adding funds directly to your available balance by creating Charges using the 4000000000000077 test card.',
      { code: 'balance_insufficient' },
    );
  const transfer: Obj = {
    id: newId('tr'),
    object: 'transfer',
    amount: Number(amount),
    amount_reversed: 0,
    currency,
    destination,
    transfer_group: field(form, 'transfer_group') ?? null,
    description: field(form, 'description') ?? null,
    metadata: stringMap(form, 'metadata'),
    reversed: false,
    reversals: { object: 'list', data: [], has_more: false },
    created: nowSeconds(),
    livemode: false,
  };
  platform.transfers.set(transfer.id, transfer);
  await emit(state, opts, 'transfer.created', transfer);
  return { status: 200, body: transfer };
}

export function getTransfer(platform: ConnectPlatform, id: string): Reply {
  const transfer = platform.transfers.get(id);
  return transfer ? { status: 200, body: transfer } : noSuch('transfer', id);
}

/** POST /v1/transfers/{id}/reversals: all of what is left when no amount is given. */
export async function reverseTransfer(
  state: ServerState,
  opts: StripeServerOptions,
  platform: ConnectPlatform,
  id: string,
  form: FormObject,
): Promise<Reply> {
  const transfer = platform.transfers.get(id) as (Obj & { amount: number; amount_reversed: number }) | undefined;
  if (!transfer) return noSuch('transfer', id);
  const left = transfer.amount - transfer.amount_reversed;
  const asked = field(form, 'amount');
  if (asked !== undefined && !/^[1-9]\d*$/.test(asked)) return invalidParam('amount', 'Invalid positive integer');
  const amount = asked === undefined ? left : Number(asked);
  if (amount > left || left === 0)
    return stripeError(400, 'invalid_request_error', `Amount must be no more than ${left} (the unreversed amount).`, {
      code: 'amount_too_large',
      param: 'amount',
    });
  const reversal: Obj = {
    id: newId('trr'),
    object: 'transfer_reversal',
    amount,
    currency: transfer.currency,
    transfer: transfer.id,
    metadata: stringMap(form, 'metadata'),
    created: nowSeconds(),
  };
  transfer.amount_reversed += amount;
  transfer.reversed = transfer.amount_reversed === transfer.amount;
  (transfer.reversals as { data: Obj[] }).data.unshift(reversal);
  await emit(state, opts, 'transfer.reversed', transfer);
  return { status: 200, body: reversal };
}

/**
 * A connected account's automatic payout to its bank (test control): payout.paid or
 * payout.failed with Stripe's failure_code, as a Connect event of that account.
 */
export async function connectedPayout(
  state: ServerState,
  opts: StripeServerOptions,
  body: Record<string, unknown>,
): Promise<Reply> {
  const accountId = String(body.account ?? '');
  const owner = [...state.connect.values()].find((p) => p.accounts.has(accountId));
  if (!owner) return noSuch('account', accountId);
  const failed = body.status === 'failed';
  const payout: Obj = {
    id: newId('po'),
    object: 'payout',
    amount: Number(body.amount ?? 0),
    currency: String(body.currency ?? 'usd'),
    status: failed ? 'failed' : 'paid',
    failure_code: failed ? String(body.failure_code ?? 'account_closed') : null,
    failure_message: failed ? 'The bank account has been closed.' : null,
    arrival_date: nowSeconds(),
    created: nowSeconds(),
  };
  const event = await emit(state, opts, failed ? 'payout.failed' : 'payout.paid', payout, undefined, accountId);
  return { status: 200, body: { id: event.id, payout } };
}
