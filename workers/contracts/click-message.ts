import { z } from 'zod';
import { ClickLinkForm, ClickRejectReason } from '../../schema/enums';
import { isUuidv7, uuidv7Time } from './ids';

const text = (max: number) => z.string().max(max).nullable();
const uuid = z.uuid().nullable();

/**
 * The contract between the edge and the ingest consumer. Everything the consumer needs travels
 * in the message, so ingest never depends on the request, and redelivery carries the same
 * click id and time (the idempotency key of affiliate.clicks).
 */
export const clickMessage = z
  .object({
    v: z.literal(1),
    id: z.string().refine(isUuidv7, 'must be a UUIDv7'),
    at: z.number().int().positive(),
    form: z.enum(ClickLinkForm),
    code: text(64),
    // What the edge resolved from its KV copy; null when it did not know (the consumer resolves).
    organizationId: uuid,
    appId: uuid,
    programId: uuid,
    enrollmentId: uuid,
    affiliateId: uuid,
    linkId: uuid,
    landingUrl: z.string().max(4096),
    ip: text(64),
    userAgent: text(1024),
    referrer: text(2048),
    // The consumer hashes the fingerprint (SHA-256 of user agent and Accept-Language)
    // before insert, so the redirect does no hashing and only the hash is stored. Messages the
    // edge queued before that carry the hash itself, and the consumer uses it as is.
    acceptLanguage: text(256).optional(),
    fingerprint: z
      .string()
      .regex(/^[0-9a-f]{32}$/)
      .nullable()
      .optional(),
    country: z
      .string()
      .regex(/^[A-Z0-9]{2}$/)
      .nullable(),
    region: text(128),
    city: text(128),
    asn: z.number().int().nonnegative().nullable(),
    sub: z.array(text(256)).max(10),
    rejectReason: z.enum(ClickRejectReason).nullable(),
    isBot: z.boolean(),
  })
  .strict()
  // The click time is the id's own timestamp: that is what makes (id, clicked_at) a stable key.
  .refine((m) => uuidv7Time(m.id) === m.at, { message: 'at must equal the click id timestamp', path: ['at'] });

export type ClickMessage = z.infer<typeof clickMessage>;

/**
 * What the edge sends: the clicks an isolate gathered, packed into one queue message (at most
 * CLICKS_PER_BUNDLE). One message per gathering instead of one per click is what lets a busy
 * isolate send cheaply, and it multiplies what one queue carries (Queues count messages, not
 * clicks). Each click in it is still checked on its own by the consumer.
 */
export interface ClickBundle {
  v: 2;
  clicks: ClickMessage[];
}

export const CLICKS_PER_BUNDLE = 100;

/** The clicks one queue message carries: a bundle's, or the message itself (spool drain, replays). */
export function unpackClicks(body: unknown): unknown[] {
  const bundle = body as Partial<ClickBundle> | null;
  return typeof bundle === 'object' && bundle !== null && bundle.v === 2 && Array.isArray(bundle.clicks)
    ? bundle.clicks
    : [body];
}
