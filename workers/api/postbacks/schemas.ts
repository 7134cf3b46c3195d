import { z } from '@hono/zod-openapi';
import { PostbackDeliveryStatus, PostbackEventType } from '../../../schema/enums';
import { DEFAULT_EVENT_SORT, DELIVERY_SORTS } from '../../contracts/list-sort';
import { postbackUrlTemplate } from '../accounts/me-schema';
import { idParam, iso, isoOrNull, page, pageQuery, timestamp } from '../shared/schemas';
import type { DeliveryWithAttempts, PostbackSettings } from '../../services/postbacks';

const eventType = z.enum(PostbackEventType);

export const postbackSettingsBody = z
  .object({
    template: postbackUrlTemplate.nullable(),
    enabled: z.boolean().describe('Fire the template for the events below'),
    events: z
      .array(eventType)
      .min(1)
      .max(PostbackEventType.length)
      .describe('Events that fire it; click is one request per click'),
  })
  .strict()
  .openapi('PostbackSettingsRequest');

export const postbackSettings = z
  .object({ template: z.string().nullable(), enabled: z.boolean(), events: z.array(eventType) })
  .openapi('PostbackSettings');

export const settingsView = (s: PostbackSettings): z.infer<typeof postbackSettings> => ({
  template: s.template,
  enabled: s.enabled,
  events: s.events,
});

export const deliveriesQuery = pageQuery.extend({
  status: z.enum(PostbackDeliveryStatus).optional(),
  eventType: eventType.optional(),
  sort: z
    .enum(DELIVERY_SORTS)
    .default(DEFAULT_EVENT_SORT)
    .describe(
      'Order of the list; a leading - is descending. Default -occurredAt: when the click or conversion happened, newest first; createdAt is when the postback was first tried. Ties break on the id; keep the same sort while paging',
    ),
});

export const platformDeliveriesQuery = deliveriesQuery.extend({
  organizationId: z.uuid().optional().describe('Only this advertiser'),
  affiliateId: z.uuid().optional().describe('Only this affiliate'),
});

const createdBound = (edge: string) =>
  z.iso.datetime({ offset: true }).optional().describe(`createdAt ${edge}, inclusive, ISO 8601`);

/** The advertiser's log adds who and when. */
export const orgDeliveriesQuery = deliveriesQuery.extend({
  affiliateId: z.uuid().optional().describe('Only this affiliate’s postbacks'),
  from: createdBound('from'),
  to: createdBound('to'),
});

const attempt = z.object({
  attempt: z.number().int(),
  outcome: z.enum(PostbackDeliveryStatus),
  statusCode: z.number().int().nullable(),
  latencyMs: z.number().int().nullable(),
  error: z.string().nullable(),
  createdAt: timestamp,
});

export const delivery = z
  .object({
    id: z.uuid(),
    affiliateId: z.uuid(),
    organizationId: z.uuid().describe('The advertiser'),
    eventType,
    eventKey: z.string().describe('Idempotency key: the click id, or the conversion id (":rejected" for a rejection)'),
    conversionId: z.uuid().nullable(),
    clickId: z.uuid().nullable(),
    programId: z.uuid().nullable().describe('The program of the click or conversion'),
    programName: z.string().nullable(),
    occurredAt: timestamp.describe('When the click or conversion happened'),
    url: z
      .string()
      .nullable()
      .describe("The URL requested; only the affiliate sees it (it may hold the affiliate's tracker keys)"),
    host: z.string().nullable(),
    status: z.enum(PostbackDeliveryStatus),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastLatencyMs: z.number().int().nullable(),
    lastError: z.string().nullable(),
    nextAttemptAt: timestamp.nullable(),
    deliveredAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    attemptLog: z.array(attempt),
  })
  .openapi('PostbackDelivery');

export const deliveriesPage = page(delivery, 'PostbackDeliveriesPage');

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** `withUrl` false for advertisers: they see where a postback went, not the affiliate's full URL. */
export const deliveryView =
  (withUrl: boolean) =>
  (row: DeliveryWithAttempts): z.infer<typeof delivery> => ({
    id: row.id,
    affiliateId: row.affiliateId,
    organizationId: row.organizationId,
    eventType: row.eventType,
    eventKey: row.eventKey,
    conversionId: row.conversionId,
    clickId: row.clickId,
    programId: row.programId,
    programName: row.programName,
    occurredAt: iso(row.occurredAt),
    url: withUrl ? row.url : null,
    host: hostOf(row.url),
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastLatencyMs: row.lastLatencyMs,
    lastError: row.lastError,
    nextAttemptAt: isoOrNull(row.nextAttemptAt),
    deliveredAt: isoOrNull(row.deliveredAt),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    attemptLog: row.attemptLog.map((a) => ({
      attempt: a.attempt,
      outcome: a.outcome,
      statusCode: a.statusCode,
      latencyMs: a.latencyMs,
      error: a.error,
      createdAt: iso(a.createdAt),
    })),
  });

export const deliveryParams = z.object({ id: idParam('id') });

export const replayAccepted = z
  .object({
    id: z.uuid(),
    status: z.enum(PostbackDeliveryStatus),
    attemptOffset: z.number().int().describe('Attempts of the new series are numbered after this'),
  })
  .openapi('PostbackReplay');
