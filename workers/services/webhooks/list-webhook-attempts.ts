import { and, desc, eq, lt } from 'drizzle-orm';
import { webhookAttempts, webhookDeliveries, type WebhookAttempt } from '../../../schema';
import type { ServiceCall } from '../../context';

import { findWebhookEndpointOrThrow } from './find-webhook-endpoint';
import { webhookOwner, type WebhookScope } from './webhook-owner';

/** One line of the delivery log: an attempt, with its event's type. */
export type WebhookAttemptEntry = WebhookAttempt & { eventType: string };

const entryColumns = { attempt: webhookAttempts, eventType: webhookDeliveries.eventType };

export async function attemptEntries({
  ctx,
  input: { where, limit },
}: ServiceCall<{ where: ReturnType<typeof and>; limit: number }>): Promise<WebhookAttemptEntry[]> {
  const rows = await ctx.db
    .select(entryColumns)
    .from(webhookAttempts)
    .innerJoin(webhookDeliveries, eq(webhookDeliveries.id, webhookAttempts.deliveryId))
    .where(where)
    .orderBy(desc(webhookAttempts.id))
    .limit(limit);
  return rows.map((r) => ({ ...r.attempt, eventType: r.eventType }));
}

/** The endpoint's delivery log, newest attempt first; one row beyond `limit` marks a next page. */
export async function listWebhookAttempts({
  ctx,
  input,
}: ServiceCall<{ scope: WebhookScope; endpointId: string; limit: number; cursor?: string | undefined }>): Promise<
  WebhookAttemptEntry[]
> {
  const endpoint = await findWebhookEndpointOrThrow({
    ctx,
    input: { owner: webhookOwner({ ctx, input: { scope: input.scope } }), endpointId: input.endpointId },
  });
  return attemptEntries({
    ctx,
    input: {
      where: and(
        eq(webhookAttempts.endpointId, endpoint.id),
        input.cursor ? lt(webhookAttempts.id, input.cursor) : undefined,
      ),
      limit: input.limit + 1,
    },
  });
}
