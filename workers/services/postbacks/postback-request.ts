import { z } from 'zod';
import { PostbackEventType } from '../../../schema/enums';
import { POSTBACK_MACROS } from '../../domain/postback-template';

/**
 * What the conversion pipeline asks for once its transaction has committed: one affiliate's
 * postback for one event. `eventKey` is the idempotency key with the affiliate and event type:
 * the click id for clicks, `${conversionId}` for lead/sale, `${conversionId}:rejected` for a
 * rejection. `values` fill the template's macros (payout as a decimal string in major units,
 * see formatMinorUnits; timestamp in unix seconds; advertiser_id is the organization id).
 */
export const postbackRequest = z.object({
  v: z.literal(1),
  affiliateId: z.uuid(),
  organizationId: z.uuid(),
  eventType: z.enum(PostbackEventType),
  eventKey: z.string().min(1).max(200),
  conversionId: z.uuid().nullable(),
  clickId: z.uuid().nullable(),
  /** The click's or conversion's program; absent in messages queued before it was sent. */
  programId: z.uuid().nullable().optional(),
  /** When the event happened, ISO 8601; absent in messages queued before it was sent (then: when received). */
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  values: z.partialRecord(z.enum(POSTBACK_MACROS), z.string().max(1000)),
});
export type PostbackRequest = z.infer<typeof postbackRequest>;

/**
 * What travels on the postbacks queue: a request, or an admin's replay of a stored delivery (its
 * already-expanded URL). `attemptOffset` numbers a new series of attempts after the earlier ones,
 * so a replay's attempt log continues instead of colliding with attempt 1…5.
 */
export const postbackMessage = z.union([
  postbackRequest.extend({ attemptOffset: z.number().int().min(0).max(10_000).optional() }),
  z.object({ v: z.literal(1), replayOf: z.uuid(), attemptOffset: z.number().int().min(0).max(10_000) }),
]);
export type PostbackMessage = z.infer<typeof postbackMessage>;
