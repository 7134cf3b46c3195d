import { z } from 'zod';
import type { ConversionEvent } from '../contracts/conversion-event';
import type { DisputeEvent } from '../contracts/dispute-event';
import { isUuidv7 } from '../contracts/ids';

/**
 * What one conversion source's event (Stripe, Paddle, Lemon Squeezy, the generic webhook) means to
 * us: one of our conversion events, a dispute step, or nothing and why. Every provider's mapper
 * returns this, and one path records it, so the sources differ only in how they read their payload.
 */
export type SourceMapping =
  | {
      kind: 'event';
      event: ConversionEvent;
      /**
       * The refund's amount is the payment's refunded total so far (Lemon Squeezy's refunded_amount),
       * not this refund's part: the recorder subtracts what earlier refunds of the payment took.
       */
      refundedToDate?: boolean;
    }
  | { kind: 'dispute'; dispute: DisputeEvent }
  | { kind: 'ignored'; reason: string };

export const ignored = (reason: string): SourceMapping => ({ kind: 'ignored', reason });

/** The keys a click id may travel under in a provider's custom data or metadata. */
export const CLICK_ID_KEYS = ['aff_click_id', 'click_id'] as const;
/** The keys a coupon code may travel under (when the provider does not name the code itself). */
export const COUPON_KEYS = ['aff_coupon', 'coupon'] as const;

/** The first candidate that is a click id: the `aff_click` cookie value the app handed the provider. */
export function clickIdOf(...candidates: unknown[]): string | undefined {
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    const lower = candidate.trim().toLowerCase();
    if (isUuidv7(lower)) return lower;
  }
  return undefined;
}

type CustomData = Record<string, unknown> | null | undefined;

/** The click id in a custom data object, under any of CLICK_ID_KEYS. */
export const customClickId = (...objects: CustomData[]): string | undefined =>
  clickIdOf(...objects.flatMap((o) => CLICK_ID_KEYS.map((k) => o?.[k])));

const couponSchema = z.string().trim().min(1).max(64);

/** The first coupon code among the candidates; one too long for our conversion event is dropped. */
export function couponOf(...candidates: unknown[]): string | undefined {
  for (const candidate of candidates) {
    const parsed = couponSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

/** The coupon in a custom data object, under any of COUPON_KEYS. */
export const customCoupon = (...objects: CustomData[]): string | undefined =>
  couponOf(...objects.flatMap((o) => COUPON_KEYS.map((k) => o?.[k])));

const emailSchema = z.email().max(320);

/** An address we could not validate is dropped: losing the sale over it would be worse. */
export const emailOf = (value: string | null | undefined): string | undefined =>
  value && emailSchema.safeParse(value).success ? value : undefined;

/** Amounts in a provider's minor units written as a string of digits (Paddle's `"1199"`). */
export const minorUnitsString = z
  .string()
  .regex(/^\d{1,15}$/, 'must be a whole number of minor units')
  .transform(Number);

/** ISO 4217 in upper case, whatever case the provider writes. */
export const currencyCode = z
  .string()
  .length(3)
  .transform((c) => c.toUpperCase());

/**
 * Our conversion event from what a provider told: undefined and null fields are left out, so the
 * event carries only what the provider said.
 */
export function conversion(
  base: { eventId: string; occurredAt: string; metadata: Record<string, unknown> },
  fields: Omit<ConversionEvent, 'event_id' | 'occurred_at' | 'metadata'>,
): SourceMapping {
  const defined = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined && v !== null),
  ) as typeof fields;
  return {
    kind: 'event',
    event: { ...defined, event_id: base.eventId, occurred_at: base.occurredAt, metadata: base.metadata },
  };
}
