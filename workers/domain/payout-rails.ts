import type { Locale, PayoutRail } from '../../schema/enums';
import { PAYPAL_MAX_ITEMS_PER_CALL } from './payout-parts';
import { STRIPE_CROSS_BORDER_COUNTRIES } from './stripe-cross-border';
import { TREMENDOUS_CURRENCIES, TREMENDOUS_ORDERS_PER_PART } from './tremendous-currencies';
import { WISE_CURRENCIES, WISE_TRANSFERS_PER_PART } from './wise-currencies';

/**
 * Which rails can pay an affiliate, by the country they are paid in and the currency of the
 * payout, and what each rail costs the advertiser per item. Pure: the proposal, the affiliate's
 * method picker and the finance review all ask these functions, so they never disagree.
 */

/** Countries PayPal does not serve for receiving payouts (PayPal's country list); every other country may use it. */
const PAYPAL_UNSERVED = new Set(['AF', 'BD', 'CU', 'IQ', 'IR', 'KP', 'LB', 'LY', 'MM', 'PK', 'SD', 'SS', 'SY']);

/** Currencies PayPal Payouts pays in (PayPal's currency codes for Payouts). */
// biome-ignore format: a list of codes reads best packed
const PAYPAL_CURRENCIES = new Set([
  'AUD', 'BRL', 'CAD', 'CHF', 'CZK', 'DKK', 'EUR', 'GBP', 'HKD', 'HUF', 'ILS', 'JPY', 'MXN', 'MYR', 'NOK', 'NZD',
  'PHP', 'PLN', 'SEK', 'SGD', 'THB', 'TWD', 'USD',
]);

/** Currencies a transfer from the advertiser's Stripe balance may be made in; Stripe converts to the account's bank currency. */
// biome-ignore format: a list of codes reads best packed
const STRIPE_CURRENCIES = new Set([
  'AUD', 'CAD', 'CHF', 'CZK', 'DKK', 'EUR', 'GBP', 'HKD', 'HUF', 'JPY', 'MXN', 'NOK', 'NZD', 'PLN', 'SEK', 'SGD',
  'USD',
]);

/** At most this many transfers per claimed part: each is one Stripe call within one Worker invocation. */
export const STRIPE_TRANSFERS_PER_PART = 50;

/**
 * Days a sent Stripe part stays open to the polling job after its transfers: a transfer can be
 * reversed later (a dispute, a mistaken payee), and polling catches a reversal whose webhook was lost.
 */
export const STRIPE_REVERSAL_WATCH_DAYS = 30;

/** External items requested per part: one notification fan-out per part within one Worker invocation. */
export const EXTERNAL_ITEMS_PER_PART = 500;

const COUNTRY = /^[A-Z]{2}$/;

export const isCountryCode = (country: string): boolean => COUNTRY.test(country);

/**
 * What a rail is, without I/O: what the proposal, the affiliate's method picker, the finance review and the
 * dashboard read. The I/O side (accounts, sending, polling, webhooks) is the rail's folder under
 * services/payouts/rails/ (docs/payout-rails.md).
 */
export interface RailFacts {
  /** The provider's name as people read it, in messages. */
  label: string;
  /** Whether an affiliate paid in `country` (ISO 3166 alpha-2, checked) may choose this rail. */
  servesCountry: (country: string) => boolean;
  /** Currencies the rail pays in (ISO 4217, upper case). */
  currencies: ReadonlySet<string>;
  /** What the provider charges per item when neither the organization nor the platform set a fee. */
  builtInFee: RailFee;
  /** Items in one part: what one provider call (or one run of transfers) takes. */
  itemsPerPart: number;
  /** Days a sent part stays open to polling after its items settled (0: closed at once). */
  watchDaysAfterSend: number;
  /** What the affiliate's payout notices say about this rail (domain/notification-templates.ts). */
  notice: RailNotice;
}

/** A notice's title and body. */
export interface NoticeText {
  title: string;
  body: string;
}

/**
 * How an affiliate's payout notice speaks of a rail: `to` names the destination when the item carries no
 * email ("your Stripe account"); `paid` is the rail's own wording for a sent or paid item, null for the
 * default "on its way to <email> through PayPal".
 */
export interface RailNotice {
  to: Record<Locale, string>;
  paid: Record<Locale, (money: string) => NoticeText> | null;
}

/**
 * Every rail's facts, in the order the method picker offers them (PayPal first, the default rail). One entry
 * per rail of the payout_rail enum; test/node/payout-rails-registry.test.ts holds the two together.
 */
export const RAIL_FACTS: Readonly<Record<PayoutRail, RailFacts>> = {
  paypal: {
    label: 'PayPal',
    servesCountry: (country) => !PAYPAL_UNSERVED.has(country),
    currencies: PAYPAL_CURRENCIES,
    builtInFee: { bps: 200, fixedMinor: 0, capMinor: 2000, capCurrency: 'USD' },
    itemsPerPart: PAYPAL_MAX_ITEMS_PER_CALL,
    watchDaysAfterSend: 0,
    notice: { to: { en: 'your PayPal account', ru: 'ваш счёт PayPal' }, paid: null },
  },
  stripe: {
    label: 'Stripe',
    // Stripe's self-serve cross-border list (stripe-cross-border.ts): where any advertiser's platform in those
    // regions can pay, at home or across a border. Countries outside it fail only when Stripe refuses.
    servesCountry: (country) => STRIPE_CROSS_BORDER_COUNTRIES.has(country),
    currencies: STRIPE_CURRENCIES,
    builtInFee: { bps: 25, fixedMinor: 25, capMinor: null, capCurrency: null },
    itemsPerPart: STRIPE_TRANSFERS_PER_PART,
    watchDaysAfterSend: STRIPE_REVERSAL_WATCH_DAYS,
    // No email: the money goes to the affiliate's Stripe account, then to their bank or card.
    notice: {
      to: { en: 'your Stripe account', ru: 'ваш счёт Stripe' },
      paid: {
        en: (money) => ({
          title: `Payout of ${money} paid`,
          body: `${money} was transferred to your Stripe account; Stripe pays it out to your bank account or card.`,
        }),
        ru: (money) => ({
          title: `Выплата ${money} зачислена`,
          body: `${money} переведены на ваш счёт Stripe; Stripe выплатит их на ваш банковский счёт или карту.`,
        }),
      },
    },
  },
  external: {
    label: 'External',
    // The advertiser pays in its own system: wherever it can pay, in any currency another rail pays.
    servesCountry: () => true,
    currencies: new Set([...PAYPAL_CURRENCIES, ...STRIPE_CURRENCIES]),
    builtInFee: { bps: 0, fixedMinor: 0, capMinor: null, capCurrency: null },
    itemsPerPart: EXTERNAL_ITEMS_PER_PART,
    watchDaysAfterSend: 0,
    notice: {
      to: { en: 'you', ru: 'вам' },
      paid: {
        en: (money) => ({
          title: `Payout of ${money} paid`,
          body: `The advertiser paid you ${money} directly and confirmed it.`,
        }),
        ru: (money) => ({
          title: `Выплата ${money} зачислена`,
          body: `Рекламодатель выплатил вам ${money} напрямую и подтвердил это.`,
        }),
      },
    },
  },
  tremendous: {
    label: 'Gift card (Tremendous)',
    // Any country here; whether Tremendous's catalog has gift cards for it is asked of Tremendous when the
    // affiliate chooses (and again when a part is sent), so no country list of ours can drift from theirs.
    servesCountry: isCountryCode,
    currencies: TREMENDOUS_CURRENCIES,
    // Gift cards paid from the Tremendous balance carry no per-reward fee (Tremendous's pricing).
    builtInFee: { bps: 0, fixedMinor: 0, capMinor: null, capCurrency: null },
    itemsPerPart: TREMENDOUS_ORDERS_PER_PART,
    watchDaysAfterSend: 0,
    // The gift card goes to the sign-in email by Tremendous's own message, where the affiliate picks the card.
    notice: {
      to: { en: 'your email, as a gift card', ru: 'вашу почту подарочной картой' },
      paid: {
        en: (money) => ({
          title: `Gift card of ${money} sent`,
          body: `A ${money} gift card is on its way to your email from Tremendous; open it to choose your card.`,
        }),
        ru: (money) => ({
          title: `Подарочная карта на ${money} отправлена`,
          body: `Подарочная карта на ${money} придёт вам на почту от Tremendous; откройте письмо, чтобы выбрать карту.`,
        }),
      },
    },
  },
  wise: {
    label: 'Wise',
    // Any country here: whether Wise pays a bank account there in the affiliate's currency is asked of Wise
    // (its account requirements) when the affiliate enters their bank details, so no country list of ours drifts.
    servesCountry: isCountryCode,
    currencies: WISE_CURRENCIES,
    // Wise prices each route (its quote's fee, shown to the affiliate and to finance before sending); this is the
    // bound used for the ledger's fee when no organization or platform fee is set.
    builtInFee: { bps: 60, fixedMinor: 0, capMinor: null, capCurrency: null },
    itemsPerPart: WISE_TRANSFERS_PER_PART,
    watchDaysAfterSend: 0,
    notice: {
      to: { en: 'your bank account through Wise', ru: 'ваш банковский счёт через Wise' },
      paid: {
        en: (money) => ({
          title: `Payout of ${money} sent`,
          body: `Wise sent ${money} to your bank account; banks usually credit it within one or two working days.`,
        }),
        ru: (money) => ({
          title: `Выплата ${money} отправлена`,
          body: `Wise отправил ${money} на ваш банковский счёт; банки обычно зачисляют деньги за один-два рабочих дня.`,
        }),
      },
    },
  },
};

/** The rails, in RAIL_FACTS' order. */
export const RAILS = Object.keys(RAIL_FACTS) as PayoutRail[];

/** The rail of an affiliate who chose no method with an advertiser: the first (PayPal, as before rails existed). */
export const DEFAULT_RAIL: PayoutRail = RAILS[0]!;

/** Whether `name` (a stored or submitted string) is a rail of the table. */
export const isPayoutRail = (name: string): name is PayoutRail => Object.hasOwn(RAIL_FACTS, name);

/**
 * The rail's own sent/paid notice for an item, or null when the default wording applies. `rail` comes
 * from stored notification data, so an unknown name is the default too.
 */
export function railPaidNotice(rail: string | null, locale: Locale, money: string): NoticeText | null {
  return rail && isPayoutRail(rail) ? (RAIL_FACTS[rail].notice.paid?.[locale](money) ?? null) : null;
}

/** How a notice names the item's destination when it carries no email. */
export const railPayeeName = (rail: string | null, locale: Locale): string =>
  RAIL_FACTS[rail && isPayoutRail(rail) ? rail : DEFAULT_RAIL].notice.to[locale];

/** The rails an affiliate paid in `country` may choose, PayPal first (the default rail). */
export function railsForCountry(country: string): PayoutRail[] {
  if (!isCountryCode(country)) return [];
  return RAILS.filter((rail) => RAIL_FACTS[rail].servesCountry(country));
}

/**
 * How an approved batch's items are split into parts: each rail's items in id order, `perPart` to a part,
 * the rails one after another in RAIL_FACTS' order (PayPal's parts first), so each part is one rail.
 */
export function railPartPlan(
  itemsByRail: Partial<Record<PayoutRail, number>>,
): { rail: PayoutRail; firstPart: number; perPart: number }[] {
  let next = 0;
  return RAILS.filter((rail) => (itemsByRail[rail] ?? 0) > 0).map((rail) => {
    const perPart = RAIL_FACTS[rail].itemsPerPart;
    const firstPart = next;
    next += Math.ceil(itemsByRail[rail]! / perPart);
    return { rail, firstPart, perPart };
  });
}

/** Whether `rail` can pay an amount in `currency` (ISO 4217, upper case). */
export function railPaysCurrency(rail: PayoutRail, currency: string): boolean {
  return RAIL_FACTS[rail].currencies.has(currency);
}

/** The currencies a rail pays in, sorted, for the dashboard's explanation. */
export const railCurrencies = (rail: PayoutRail): string[] => [...RAIL_FACTS[rail].currencies].sort();

/**
 * What a rail charges the advertiser per item: a percentage (basis points) plus a fixed amount in the item
 * currency's minor units, capped at `capMinor` for items in `capCurrency` (no cap: null). Paid on top by the
 * advertiser, never taken from the affiliate's amount. Integers only: no float ever holds a fee.
 */
export interface RailFee {
  bps: number;
  fixedMinor: number;
  capMinor: number | null;
  capCurrency: string | null;
}

export type RailFees = Record<PayoutRail, RailFee>;

/** A record with one value per rail. */
function byRail<T>(value: (rail: PayoutRail) => T): Record<PayoutRail, T> {
  return Object.fromEntries(RAILS.map((rail) => [rail, value(rail)])) as Record<PayoutRail, T>;
}

/**
 * The platform's defaults while its staff set none: the published list prices, PayPal Payouts 2 % capped at
 * 20.00 for USD (other currencies' caps are close and left uncapped here, so the shown fee is an upper bound),
 * Stripe Connect payouts 0.25 % + 0.25 per payout.
 */
export const BUILT_IN_RAIL_FEES: Readonly<RailFees> = byRail((rail) => RAIL_FACTS[rail].builtInFee);

/** Bounds a configured fee must keep: a rate of 0–100 %, a fixed part and cap up to 1,000,000 minor units. */
export const RAIL_FEE_LIMITS = { maxBps: 10_000, maxMinor: 1_000_000 } as const;

/**
 * The fees that apply to an organization: its own per rail, else the platform's, else the built-in ones.
 */
export function effectiveRailFees(
  organization: Partial<RailFees>,
  platform: Partial<RailFees> | null,
): { fees: RailFees; source: Record<PayoutRail, 'organization' | 'platform' | 'built_in'> } {
  const pick = (rail: PayoutRail) =>
    organization[rail]
      ? { fee: organization[rail], source: 'organization' as const }
      : platform?.[rail]
        ? { fee: platform[rail], source: 'platform' as const }
        : { fee: RAIL_FACTS[rail].builtInFee, source: 'built_in' as const };
  const picked = byRail(pick);
  return { fees: byRail((rail) => picked[rail].fee), source: byRail((rail) => picked[rail].source) };
}

/** The fee of one item, rounded up to a whole minor unit (the provider never charges less than its rate). */
export function railFeeMinor(fee: RailFee, amountMinor: number, currency: string): number {
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0)
    throw new RangeError(`amount must be a positive integer of minor units, got ${amountMinor}`);
  const percent = Number((BigInt(amountMinor) * BigInt(fee.bps) + 9_999n) / 10_000n);
  const total = percent + fee.fixedMinor;
  return fee.capMinor === null || fee.capCurrency !== currency ? total : Math.min(total, fee.capMinor);
}

/**
 * Why an item cannot be paid on `rail` in `currency`, as an error code, or null when it can.
 * `rail_currency_unsupported` is what sending and choosing a method answer.
 */
export function railRefusal(rail: PayoutRail, currency: string): 'rail_currency_unsupported' | null {
  return railPaysCurrency(rail, currency) ? null : 'rail_currency_unsupported';
}

/** Stripe's onboarding state of an Express account, as the affiliate and finance see it. */
export type StripeOnboarding = 'not_started' | 'incomplete' | 'pending_verification' | 'ready';

export function stripeOnboarding(account: {
  stripeAccountId: string | null;
  stripeDetailsSubmitted: boolean;
  stripePayoutsEnabled: boolean;
}): StripeOnboarding {
  if (!account.stripeAccountId) return 'not_started';
  if (account.stripePayoutsEnabled) return 'ready';
  return account.stripeDetailsSubmitted ? 'pending_verification' : 'incomplete';
}

/**
 * The Idempotency-Key of an item's transfer: fixed by the item id, so a crash, a retry or a
 * second sender asking Stripe again gets the first transfer back instead of a second one.
 */
export const transferIdempotencyKey = (payoutItemId: string): string => `payout-item-${payoutItemId}-transfer`;
