import { z } from 'zod';
import { ConversionEventType } from '../../schema/enums';
import { isUuidv7 } from './ids';
import { parseIpAddress } from './ip-address';
import { CURRENCY_CODES } from './iso-codes';

const MAX_METADATA_BYTES = 8 * 1024;
const MAX_AMOUNT_MINOR = 1_000_000_000_000;

const token = (max: number) => z.string().trim().min(1).max(max);

/**
 * Event ids of CPC click credits, which the platform writes itself: an app may not send one, or it
 * could occupy (or reject) a credit's idempotency key under its own app.
 */
export const CLICK_CREDIT_EVENT_PREFIX = 'cpc:';

/** A partner app's event id: any text but the click credits' reserved prefix. */
export const appEventId = token(200).refine(
  (id) => !id.toLowerCase().startsWith(CLICK_CREDIT_EVENT_PREFIX),
  `must not start with "${CLICK_CREDIT_EVENT_PREFIX}" (reserved for pay-per-click credits)`,
);

/**
 * One event a partner app reports, whatever path it came by (signed API, S2S `/postback`, Stripe
 * webhook). Snake case because it is the public wire format of `POST /api/v1/conversions`.
 *
 * `amount` is this event's amount in minor units: a sale's total, a rebill's charge, or the part
 * refunded by this refund (absent: the whole remaining amount); a cancel carries no money. `ip`,
 * `user_agent` and `accept_language` are the customer's, used for the fingerprint fallback and the per-IP fraud
 * check; only the fingerprint hash and the IP are stored. `customer_email` is hashed at once.
 */
export const conversionEvent = z
  .object({
    event_id: appEventId,
    type: z
      .enum(ConversionEventType)
      .describe(
        'lead, sale, rebill (a subscription renewal), refund (money back: reverses the sale’s commission in proportion), cancel (the subscription ended: no money moves, the customer’s later rebills earn nothing; only inside the program’s cancelVoidsWithinDays window is the sale’s commission reversed)',
      ),
    click_id: z
      .string()
      .toLowerCase()
      .refine(isUuidv7, 'must be a click id (UUIDv7) from the aff_click cookie')
      .optional(),
    coupon: token(64).optional(),
    edition: z
      .string()
      .toLowerCase()
      .refine(isUuidv7, 'must be an edition id from the resolution API')
      .optional()
      .describe(
        'The affiliate’s branded edition the customer used (its id): credited to its affiliate, before any click',
      ),
    host: z
      .string()
      .trim()
      .toLowerCase()
      .max(253)
      .optional()
      .describe('Or the host the customer used: an active edition on it is credited like its id'),
    customer_id: token(200).optional(),
    customer_email: z.email().max(320).optional(),
    order_id: token(200).optional(),
    amount: z.number().int().min(0).max(MAX_AMOUNT_MINOR).optional(),
    currency: z
      .string()
      .refine((c) => CURRENCY_CODES.has(c), 'must be an ISO 4217 code in upper case')
      .optional(),
    occurred_at: z.iso.datetime({ offset: true }).optional(),
    ip: z
      .string()
      .refine((v) => parseIpAddress(v) !== null, 'must be an IPv4 or IPv6 address')
      .optional(),
    user_agent: z.string().max(1024).optional(),
    accept_language: z.string().max(256).optional(),
    metadata: z
      .record(z.string().max(100), z.unknown())
      .refine(
        (m) => JSON.stringify(m).length <= MAX_METADATA_BYTES,
        `must be at most ${MAX_METADATA_BYTES} bytes as JSON`,
      )
      .optional(),
  })
  .strict()
  .refine((e) => (e.amount === undefined) === (e.currency === undefined), {
    message: 'amount and currency go together',
    path: ['currency'],
  })
  .refine((e) => (e.type !== 'sale' && e.type !== 'rebill') || e.amount !== undefined, {
    message: 'a sale or rebill needs its amount',
    path: ['amount'],
  });

export type ConversionEvent = z.infer<typeof conversionEvent>;
