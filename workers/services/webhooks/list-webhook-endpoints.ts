import { asc } from 'drizzle-orm';
import { webhookEndpoints, type WebhookEndpoint } from '../../../schema';
import type { ServiceCall } from '../../context';
import { ownedBy, webhookOwner, type WebhookScope } from './webhook-owner';

/** The owner's endpoints, oldest first (there are at most a few). */
export async function listWebhookEndpoints({
  ctx,
  input,
}: ServiceCall<{ scope: WebhookScope }>): Promise<WebhookEndpoint[]> {
  return ctx.db
    .select()
    .from(webhookEndpoints)
    .where(ownedBy(webhookOwner({ ctx, input: { scope: input.scope } })))
    .orderBy(asc(webhookEndpoints.id));
}
