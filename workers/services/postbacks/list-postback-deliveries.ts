import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import {
  postbackAttempts,
  postbackDeliveries,
  programs,
  type PostbackAttempt,
  type PostbackDelivery,
} from '../../../schema';
import { DEFAULT_EVENT_SORT, type DeliverySort, parseSort } from '../../contracts/list-sort';
import { keysetPaging } from '../keyset';
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
  /** Default -occurredAt: when the click or conversion happened, newest first. */
  sort?: DeliverySort | undefined;
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

export type DeliveryWithAttempts = PostbackDelivery & { programName: string | null; attemptLog: PostbackAttempt[] };

const SORT_KEYS = { occurredAt: postbackDeliveries.occurredAt, createdAt: postbackDeliveries.createdAt } as const;

/**
 * Deliveries by when their event happened, newest first, unless `sort` says otherwise, with their program's
 * name and their attempts; one row beyond `limit` marks a next page. The cursor row's key is read within the
 * caller's scope, so another tenant's cursor is invalid_cursor.
 */
export async function listPostbackDeliveries({
  ctx,
  input,
}: ServiceCall<DeliveryFilters & DeliveryScope>): Promise<DeliveryWithAttempts[]> {
  const owner = ownerCondition(ctx, input);
  const { key, direction } = parseSort(input.sort ?? DEFAULT_EVENT_SORT);
  const column = SORT_KEYS[key];
  const { after, orderBy } = await keysetPaging(column, postbackDeliveries.id, direction, input.cursor, (cursor) =>
    ctx.db
      .select({ key: column })
      .from(postbackDeliveries)
      .where(and(owner, eq(postbackDeliveries.id, cursor))),
  );
  const rows = await ctx.db
    .select({ delivery: postbackDeliveries, programName: programs.name })
    .from(postbackDeliveries)
    .leftJoin(programs, eq(programs.id, postbackDeliveries.programId))
    .where(
      and(
        owner,
        input.status ? eq(postbackDeliveries.status, input.status) : undefined,
        input.eventType ? eq(postbackDeliveries.eventType, input.eventType) : undefined,
        input.affiliateId ? eq(postbackDeliveries.affiliateId, input.affiliateId) : undefined,
        input.from ? gte(postbackDeliveries.createdAt, new Date(input.from)) : undefined,
        input.to ? lte(postbackDeliveries.createdAt, new Date(input.to)) : undefined,
        after,
      ),
    )
    .orderBy(...orderBy)
    .limit(input.limit + 1);
  if (rows.length === 0) return [];
  const attempts = await ctx.db
    .select()
    .from(postbackAttempts)
    .where(
      inArray(
        postbackAttempts.deliveryId,
        rows.map((r) => r.delivery.id),
      ),
    )
    .orderBy(asc(postbackAttempts.attempt));
  return rows.map(({ delivery, programName }) => ({
    ...delivery,
    programName,
    attemptLog: attempts.filter((a) => a.deliveryId === delivery.id),
  }));
}
