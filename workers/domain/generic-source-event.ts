import { z } from 'zod';
import { appEventId } from '../contracts/conversion-event';
import { isUuidv7 } from '../contracts/ids';
import { CURRENCY_CODES } from '../contracts/iso-codes';
import { type SourceMapping, conversion } from './source-mapping';

const MAX_AMOUNT_MINOR = 1_000_000_000_000;
const token = (max: number) => z.string().trim().min(1).max(max);

/**
 * Our own billing event shape, for billing systems without a connector of their own (Chargebee,
 * Polar, a home-made one): a relay maps the system's webhook to this and signs it like the
 * conversions API. One event per payment fact; `order_id` names the payment, so a refund or a
 * dispute names the payment it concerns and reverses exactly that one.
 */
export const genericSourceEvent = z
  .object({
    id: appEventId.describe('Your event id: the idempotency key within the app'),
    type: z
      .enum(['sale', 'rebill', 'refund', 'cancel', 'dispute.opened', 'dispute.won', 'dispute.lost'])
      .describe(
        'sale: a first payment; rebill: a renewal; refund: money back on order_id (part or all); cancel: the subscription ended (no money moves); dispute.*: a chargeback of order_id opened, won or lost',
      ),
    occurred_at: z.iso.datetime({ offset: true }),
    order_id: token(200).optional().describe('The payment: required for sale, rebill, refund and dispute.*'),
    customer_id: token(200).optional(),
    customer_email: z.email().max(320).optional(),
    amount: z.number().int().min(0).max(MAX_AMOUNT_MINOR).optional().describe('Minor units of currency'),
    currency: z
      .string()
      .refine((c) => CURRENCY_CODES.has(c), 'must be an ISO 4217 code in upper case')
      .optional(),
    click_id: z
      .string()
      .toLowerCase()
      .refine(isUuidv7, 'must be a click id (UUIDv7) from the aff_click cookie')
      .optional(),
    coupon: token(64).optional(),
    dispute_id: token(200).optional().describe('Your id of the dispute: required for dispute.*'),
  })
  .strict()
  .refine((e) => (e.amount === undefined) === (e.currency === undefined), {
    message: 'amount and currency go together',
    path: ['currency'],
  })
  .refine((e) => e.type === 'cancel' || e.type === 'refund' || e.amount !== undefined, {
    message: 'a sale, rebill or dispute needs its amount and currency',
    path: ['amount'],
  })
  .refine((e) => e.type === 'cancel' || e.order_id !== undefined, {
    message: 'names the payment it is about',
    path: ['order_id'],
  })
  .refine((e) => !e.type.startsWith('dispute.') || e.dispute_id !== undefined, {
    message: 'a dispute event needs dispute_id',
    path: ['dispute_id'],
  });
export type GenericSourceEvent = z.infer<typeof genericSourceEvent>;

const PHASES = { 'dispute.opened': 'opened', 'dispute.won': 'won', 'dispute.lost': 'lost' } as const;

/** Our conversion or dispute event for a generic billing event (already validated). */
export function mapGenericSourceEvent(e: GenericSourceEvent): SourceMapping {
  if (e.type === 'dispute.opened' || e.type === 'dispute.won' || e.type === 'dispute.lost') {
    return {
      kind: 'dispute',
      dispute: {
        eventId: e.id,
        disputeId: e.dispute_id!,
        phase: PHASES[e.type],
        orderId: e.order_id ?? null,
        amountMinor: e.amount!,
        currency: e.currency!,
        occurredAt: e.occurred_at,
        sourceType: e.type,
      },
    };
  }
  return conversion(
    { eventId: e.id, occurredAt: e.occurred_at, metadata: { billing_event_type: e.type } },
    {
      type: e.type,
      order_id: e.order_id,
      customer_id: e.customer_id,
      customer_email: e.customer_email,
      amount: e.amount,
      currency: e.currency,
      click_id: e.click_id,
      coupon: e.coupon,
    },
  );
}
