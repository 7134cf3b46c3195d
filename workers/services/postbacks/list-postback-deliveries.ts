import { and, asc, desc, eq, gte, inArray, lt, lte } from 'drizzle-orm';
import { postbackAttempts, postbackDeliveries, type PostbackAttempt, type PostbackDelivery } from '../../../schema';
import type { PostbackDeliveryStatus, PostbackEventType } from '../../../schema/enums';
import type { ServiceCall, ServiceContext } from '../../context';
import { actingAdvertiser, actorId, portalScope, requirePlatformStaff } from '../access';
import { eqIf } from '../../db/eq-if';

export interface DeliveryFilters {
  limit: number;
  cursor?: string | undefined;
  status?: PostbackDeliveryStatus | undefined;
  eventType?: PostbackEventType | undefined;
  /** The advertiser narrows its log to one affiliate. */
  affiliateId?: string | undefined;
  /** createdAt bounds, inclusive, ISO 8601. */
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * `affiliate`: the signed-in affiliate's own deliveries. `advertiser`: those of this organization's events.
 * `platform`: every tenant's, for platform staff, optionally one advertiser's (DeliveryFilters narrow to one
 * affiliate in every scope).
 */
export type DeliveryScope =
  | { scope: 'affiliate' }
  | { scope: 'advertiser' }
  | { scope: 'platform'; organizationId?: string | undefined };

function ownerCondition(ctx: ServiceContext, input: DeliveryScope) {
  if (input.scope === 'affiliate')
    return and(
      eq(postbackDeliveries.affiliateId, actorId(ctx)),
      eqIf(postbackDeliveries.organizationId, portalScope(ctx)),
    );
  if (input.scope === 'advertiser') return eq(postbackDeliveries.organizationId, actingAdvertiser(ctx).organizationId);
  requirePlatformStaff(ctx);
  return input.organizationId ? eq(postbackDeliveries.organizationId, input.organizationId) : undefined;
}

export type DeliveryWithAttempts = PostbackDelivery & { attemptLog: PostbackAttempt[] };

/** Deliveries newest first with their attempts; one row beyond `limit` marks a next page. */
export async function listPostbackDeliveries({
  ctx,
  input,
}: ServiceCall<DeliveryFilters & DeliveryScope>): Promise<DeliveryWithAttempts[]> {
  const owner = ownerCondition(ctx, input);
  const rows = await ctx.db
    .select()
    .from(postbackDeliveries)
    .where(
      and(
        owner,
        input.status ? eq(postbackDeliveries.status, input.status) : undefined,
        input.eventType ? eq(postbackDeliveries.eventType, input.eventType) : undefined,
        input.affiliateId ? eq(postbackDeliveries.affiliateId, input.affiliateId) : undefined,
        input.from ? gte(postbackDeliveries.createdAt, new Date(input.from)) : undefined,
        input.to ? lte(postbackDeliveries.createdAt, new Date(input.to)) : undefined,
        input.cursor ? lt(postbackDeliveries.id, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(postbackDeliveries.id))
    .limit(input.limit + 1);
  if (rows.length === 0) return [];
  const attempts = await ctx.db
    .select()
    .from(postbackAttempts)
    .where(
      inArray(
        postbackAttempts.deliveryId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(postbackAttempts.attempt));
  return rows.map((row) => ({ ...row, attemptLog: attempts.filter((a) => a.deliveryId === row.id) }));
}
