import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { webhookEndpoints } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actorId, actingAdvertiser } from '../access';

/** Whose endpoints a call manages: the advertiser console's organization, or the signed-in affiliate. */
export type WebhookScope = 'organization' | 'affiliate';

export interface WebhookOwner {
  organizationId: string | null;
  userId: string | null;
}

/** The owner a scope means for this caller; never taken from the request body. */
export function webhookOwner({ ctx, input: { scope } }: ServiceCall<{ scope: WebhookScope }>): WebhookOwner {
  return scope === 'organization'
    ? { organizationId: actingAdvertiser(ctx).organizationId, userId: null }
    : { organizationId: null, userId: actorId(ctx) };
}

/** The WHERE that keeps every endpoint query inside one owner. */
export function ownedBy(owner: WebhookOwner): SQL {
  return owner.organizationId
    ? and(eq(webhookEndpoints.organizationId, owner.organizationId), isNull(webhookEndpoints.userId))!
    : and(eq(webhookEndpoints.userId, owner.userId ?? ''), isNull(webhookEndpoints.organizationId))!;
}
