import { and, eq, inArray, lt, or } from 'drizzle-orm';
import { webhookDeliveries, webhookEndpoints, type WebhookEndpoint } from '../../../schema';
import type { ServiceCall } from '../../context';
import { webhookBody } from '../../domain/webhook-delivery';
import { sendBatches } from '../../integrations/queues/send-batches';
import type { NotificationRequest } from '../notifications';
import type { WebhookMessage } from './webhook-message';

const STUCK_AFTER_MS = 60_000;

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * What makes an event unique for an endpoint. An affiliate's endpoint hears its own notifications,
 * keyed like them. An organization's hears each event of the organization once, even when several
 * of its members were notified of it (each with their own dedupe key): the key is the event's content.
 */
async function eventKeyFor(endpoint: WebhookEndpoint, request: NotificationRequest): Promise<string> {
  if (endpoint.userId) return request.dedupeKey;
  return `${request.event}:${await sha256Hex(JSON.stringify(request.data))}`;
}

function wants(endpoint: WebhookEndpoint, request: NotificationRequest): boolean {
  if (!(endpoint.events as string[]).includes(request.event)) return false;
  return endpoint.userId ? endpoint.userId === request.userId : endpoint.organizationId === request.organizationId;
}

/**
 * Turns notifications into webhook deliveries for every active endpoint subscribed to them: the
 * recipient's own endpoints and its organization's. Rows first (unique per endpoint and event, so
 * a redelivered notification adds nothing), then one queue message per new delivery.
 */
export async function fanOutWebhooks({
  ctx,
  input,
}: ServiceCall<{ requests: NotificationRequest[] }>): Promise<number> {
  const requests = input.requests.filter((r) => r.event !== 'webhook_disabled');
  if (requests.length === 0) return 0;
  const userIds = [...new Set(requests.map((r) => r.userId))];
  const orgIds = [...new Set(requests.flatMap((r) => (r.organizationId ? [r.organizationId] : [])))];
  const endpoints = await ctx.db
    .select()
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.active, true),
        or(
          inArray(webhookEndpoints.userId, userIds),
          orgIds.length > 0 ? inArray(webhookEndpoints.organizationId, orgIds) : undefined,
        ),
      ),
    );
  if (endpoints.length === 0) return 0;

  const rows: (typeof webhookDeliveries.$inferInsert)[] = [];
  for (const request of requests)
    for (const endpoint of endpoints.filter((e) => wants(e, request)))
      rows.push({
        endpointId: endpoint.id,
        eventType: request.event,
        eventKey: await eventKeyFor(endpoint, request),
        body: webhookBody(request.event, ctx.now, {
          ...request.data,
          organizationId: request.organizationId,
          userId: request.userId,
        }),
      });
  if (rows.length === 0) return 0;
  const inserted = await ctx.db
    .insert(webhookDeliveries)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: webhookDeliveries.id });
  // A redelivered notification queues nothing new, unless an earlier run inserted rows and then
  // failed to queue them: those, still untried a minute later, are queued again (the consumer dedupes).
  const stuck = await ctx.db
    .select({
      id: webhookDeliveries.id,
      endpointId: webhookDeliveries.endpointId,
      eventKey: webhookDeliveries.eventKey,
    })
    .from(webhookDeliveries)
    .where(
      and(
        inArray(webhookDeliveries.endpointId, [...new Set(rows.map((r) => r.endpointId))]),
        inArray(webhookDeliveries.eventKey, [...new Set(rows.map((r) => r.eventKey))]),
        eq(webhookDeliveries.status, 'pending'),
        eq(webhookDeliveries.attempts, 0),
        lt(webhookDeliveries.createdAt, new Date(ctx.now.getTime() - STUCK_AFTER_MS)),
      ),
    );
  const wanted = new Set(rows.map((r) => `${r.endpointId} ${r.eventKey}`));
  const ids = new Set([
    ...inserted.map((d) => d.id),
    ...stuck.filter((d) => wanted.has(`${d.endpointId} ${d.eventKey}`)).map((d) => d.id),
  ]);
  const messages: WebhookMessage[] = [...ids].map((deliveryId) => ({ v: 1, deliveryId }));
  return sendBatches(ctx.config.WEBHOOKS, messages, { event: 'webhook_enqueue_failed', log: ctx.log });
}
