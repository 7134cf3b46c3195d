import { and, eq } from 'drizzle-orm';
import { webhookEndpoints, type WebhookEndpoint } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { ownedBy, type WebhookOwner } from './webhook-owner';

/** The owner's endpoint, locked when `forUpdate`; another owner's is not found, like a missing one. */
export async function findWebhookEndpointOrThrow({
  ctx,
  input: { owner, endpointId, forUpdate = false },
}: ServiceCall<{ owner: WebhookOwner; endpointId: string; forUpdate?: boolean }>): Promise<WebhookEndpoint> {
  const query = ctx.db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, endpointId), ownedBy(owner)));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('webhook_endpoint', endpointId);
  return row;
}

/** What the audit trail keeps of an endpoint: never a secret, sealed or not. */
export const auditedEndpoint = (row: WebhookEndpoint) => ({
  id: row.id,
  url: row.url,
  description: row.description,
  events: row.events,
  active: row.active,
  disabledAt: row.disabledAt,
  previousSecretExpiresAt: row.previousSecretExpiresAt,
});
