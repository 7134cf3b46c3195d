import { and, eq, inArray } from 'drizzle-orm';
import { memberships, type WebhookEndpoint } from '../../../schema';
import type { ServiceCall, ServiceContext } from '../../context';
import { hostOf } from '../../domain/notification-template-parts';
import { enqueueNotifications, type NotificationRequest } from '../notifications';

/** Who hears that an endpoint was turned off: the affiliate, or the organization's owners and admins. */
async function recipients(ctx: ServiceContext, endpoint: WebhookEndpoint): Promise<string[]> {
  if (endpoint.userId) return [endpoint.userId];
  if (!endpoint.organizationId) return [];
  const rows = await ctx.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, endpoint.organizationId), inArray(memberships.role, ['owner', 'admin'])));
  return rows.map((r) => r.userId);
}

/**
 * Tells the owner (in-app, and on their other channels) that the endpoint was turned off, once per
 * disabling. The data carries what the templates word in the reader's language: the URL, the
 * failures in a row and the last error (the receiver's own words).
 */
export async function notifyWebhookDisabled({
  ctx,
  input: { endpoint, lastError },
}: ServiceCall<{ endpoint: WebhookEndpoint; lastError: string }>): Promise<void> {
  const host = hostOf(endpoint.url);
  const requests: NotificationRequest[] = (await recipients(ctx, endpoint)).map((userId) => ({
    v: 1,
    userId,
    organizationId: endpoint.organizationId,
    event: 'webhook_disabled',
    title: `Webhook to ${host} turned off`,
    body: `Deliveries to ${endpoint.url} kept failing, so the endpoint was turned off: ${endpoint.disabledReason ?? ''}. Fix the receiver, send a test event, then turn it back on.`,
    data: {
      endpointId: endpoint.id,
      url: endpoint.url,
      consecutiveFailures: endpoint.consecutiveFailures,
      reason: lastError.slice(0, 500),
    },
    dedupeKey: `webhook_disabled:${endpoint.id}:${endpoint.disabledAt?.getTime() ?? 0}:${userId}`,
  }));
  if (requests.length > 0) await enqueueNotifications({ ctx, input: { requests } });
}
