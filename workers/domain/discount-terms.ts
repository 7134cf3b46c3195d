import { z } from 'zod';
import { CURRENCY_CODES } from '../contracts/iso-codes';

/**
 * What a referred customer gets off: a percent (basis points, 2000 = 20 %) or an amount (minor units
 * of its currency), once, for N months (Stripe's `repeating`) or forever. Programs keep it in
 * `discount`; a partner group may replace it, or say `{ type: 'none' }` for no discount.
 */
export const DISCOUNT_DURATIONS = ['once', 'repeating', 'forever'] as const;
export const MAX_DISCOUNT_MONTHS = 36;
export const MAX_DISCOUNT_AMOUNT_MINOR = 100_000_000;

const duration = {
  duration: z.enum(DISCOUNT_DURATIONS),
  /** How many months a `repeating` discount lasts; absent otherwise. */
  durationMonths: z.number().int().min(1).max(MAX_DISCOUNT_MONTHS).nullish(),
};

const percent = z.object({ type: z.literal('percent'), percentBps: z.number().int().min(1).max(10_000), ...duration });
const amount = z.object({
  type: z.literal('amount'),
  amountMinor: z.number().int().min(1).max(MAX_DISCOUNT_AMOUNT_MINOR),
  currency: z.string().refine((c) => CURRENCY_CODES.has(c), 'must be an ISO 4217 code in upper case'),
  ...duration,
});

const monthsMatchDuration = (d: { duration: string; durationMonths?: number | null | undefined }) =>
  (d.duration === 'repeating') === (d.durationMonths !== undefined && d.durationMonths !== null);

export const discountTerms = z
  .discriminatedUnion('type', [percent.strict(), amount.strict()])
  .refine(monthsMatchDuration, {
    message: 'durationMonths is required for repeating and not allowed otherwise',
    path: ['durationMonths'],
  });

/** The terms as read: durationMonths is a number for repeating and null otherwise. */
export type DiscountTerms = z.output<typeof discountTerms> & { durationMonths: number | null };

/** A group's discount: its own terms, or none for its members whatever the program gives. */
export const noDiscount = z.object({ type: z.literal('none') }).strict();
export const groupDiscount = z.union([noDiscount, discountTerms]);
export type GroupDiscount = z.output<typeof groupDiscount>;

/** Reads a stored discount; anything that no longer parses counts as none rather than breaking a page. */
export function readDiscount(stored: unknown): DiscountTerms | null {
  const parsed = discountTerms.safeParse(stored);
  if (!parsed.success) return null;
  const d = parsed.data;
  return { ...d, durationMonths: d.duration === 'repeating' ? (d.durationMonths ?? null) : null };
}

/**
 * The discount an enrollment's audience gets: the group's when it sets one (`none` included), else the
 * program's. The sync's SQL (services/discounts/mark-changed-codes.ts) says the same in a CASE.
 */
export function effectiveDiscount(programDiscount: unknown, groupDiscountValue: unknown): DiscountTerms | null {
  if (groupDiscountValue === null || groupDiscountValue === undefined) return readDiscount(programDiscount);
  if (typeof groupDiscountValue === 'object' && (groupDiscountValue as { type?: unknown }).type === 'none') return null;
  return readDiscount(groupDiscountValue);
}

/**
 * The Stripe coupon id for these terms: the same terms give the same id in an account, so creating
 * it twice finds the first (Stripe coupons are immutable: other terms are another coupon).
 */
export function couponIdFor(d: DiscountTerms): string {
  const off = d.type === 'percent' ? `p${d.percentBps}` : `a${d.amountMinor}${d.currency.toLowerCase()}`;
  const lasts = d.duration === 'repeating' ? `m${d.durationMonths}` : d.duration;
  return `affedge_${off}_${lasts}`;
}

/** Stripe's percent_off is a number with up to two decimals: 2050 bp is "20.5". */
export const percentOff = (bps: number): string => String(bps / 100);

/** The coupon's form fields for POST /v1/coupons. */
export function couponFields(d: DiscountTerms): Record<string, string> {
  const fields: Record<string, string> = { id: couponIdFor(d), duration: d.duration, name: couponName(d) };
  if (d.type === 'percent') fields.percent_off = percentOff(d.percentBps);
  else {
    fields.amount_off = String(d.amountMinor);
    fields.currency = d.currency.toLowerCase();
  }
  if (d.duration === 'repeating') fields.duration_in_months = String(d.durationMonths);
  fields['metadata[source]'] = 'affiliate-edge';
  return fields;
}

/** The name Stripe shows on invoices ("20% off for 3 months"); English, as Stripe's own coupon names are. */
export function couponName(d: DiscountTerms): string {
  const off =
    d.type === 'percent' ? `${percentOff(d.percentBps)}% off` : `${d.amountMinor} ${d.currency} (minor units) off`;
  if (d.duration === 'once') return `${off} once`;
  if (d.duration === 'forever') return `${off} forever`;
  return `${off} for ${d.durationMonths} month${d.durationMonths === 1 ? '' : 's'}`;
}
