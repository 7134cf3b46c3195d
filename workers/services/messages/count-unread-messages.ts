import { eq, sql } from 'drizzle-orm';
import { messageThreads } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actorId, audienceScope, isStaffTenant } from '../access';
import { unreadSql } from './unread-sql';

/**
 * The navigation badge: messages the caller has not read. For a member, the affiliates' messages across the
 * advertiser's threads (each member counts their own); for an affiliate, the advertiser's in its thread.
 */
export async function countUnreadMessages({ ctx }: ServiceCall<void>): Promise<{ unread: number; threads: number }> {
  const affiliate = ctx.tenant?.kind === 'affiliate';
  if (!affiliate && isStaffTenant(ctx)) return { unread: 0, threads: 0 };
  const scope = audienceScope(ctx, affiliate ? 'affiliate' : 'advertiser');
  const readerId = actorId(ctx);
  const per = unreadSql(messageThreads.id, readerId, affiliate ? 'advertiser' : 'affiliate');
  const where = affiliate
    ? sql`${messageThreads.organizationId} = ${scope.organizationId} AND ${messageThreads.affiliateId} = ${scope.affiliateId}`
    : eq(messageThreads.organizationId, scope.organizationId!);
  const [row] = await ctx.db
    .select({
      unread: sql<number>`coalesce(sum(${per}), 0)::int`,
      threads: sql<number>`count(*) FILTER (WHERE ${per} > 0)::int`,
    })
    .from(messageThreads)
    .where(where);
  return { unread: Number(row?.unread ?? 0), threads: Number(row?.threads ?? 0) };
}
