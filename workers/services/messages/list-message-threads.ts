import { and, eq, gt, ilike, or, type SQL, sql } from 'drizzle-orm';
import { messageThreads, users } from '../../../schema';
import type { MessageSide } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { displayName } from '../../domain/message-rules';
import { actorId, audienceScope, isStaffTenant } from '../access';
import { keysetPaging } from '../keyset';
import { containsPattern } from '../like-pattern';
import { requireSupportGrant } from './thread-party';
import { unreadSql } from './unread-sql';

export interface MessageThreadRow {
  id: string;
  affiliate: { id: string; name: string; email: string };
  lastMessageAt: Date;
  lastMessage: { side: MessageSide; body: string; hasImage: boolean; deleted: boolean } | null;
  /** The affiliate's messages the calling member has not read (0 for platform staff). */
  unread: number;
}

const t = messageThreads;

/**
 * The advertiser's inbox: its threads, latest message first, keyset-paged; searched by the affiliate's name or
 * email; `unread` keeps the threads with messages the calling member has not read. Staff need a support grant.
 */
export async function listMessageThreads({
  ctx,
  input,
}: ServiceCall<{
  search?: string | undefined;
  unread?: boolean | undefined;
  limit: number;
  cursor?: string | undefined;
}>): Promise<{
  items: MessageThreadRow[];
  nextCursor: string | null;
}> {
  const { organizationId } = audienceScope(ctx, 'advertiser') as { organizationId: string };
  const staff = isStaffTenant(ctx);
  if (staff) await requireSupportGrant({ ctx, input: { organizationId, affiliateId: null } });
  const unread: SQL<number> = staff ? sql<number>`0` : unreadSql(t.id, actorId(ctx), 'affiliate');
  const paging = await keysetPaging(t.lastMessageAt, t.id, 'desc', input.cursor, (cursor) =>
    ctx.db
      .select({ key: t.lastMessageAt })
      .from(t)
      .where(and(eq(t.id, cursor), eq(t.organizationId, organizationId))),
  );
  const search = input.search?.trim();
  const rows = await ctx.db
    .select({
      id: t.id,
      lastMessageAt: t.lastMessageAt,
      affiliateId: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
      unread,
      lastSide: sql<MessageSide | null>`(SELECT lm.side FROM affiliate.messages lm WHERE lm.thread_id = ${t.id} ORDER BY lm.id DESC LIMIT 1)`,
      lastBody: sql<
        string | null
      >`(SELECT left(lm.body, 300) FROM affiliate.messages lm WHERE lm.thread_id = ${t.id} ORDER BY lm.id DESC LIMIT 1)`,
      lastImage: sql<
        boolean | null
      >`(SELECT lm.attachment_key IS NOT NULL FROM affiliate.messages lm WHERE lm.thread_id = ${t.id} ORDER BY lm.id DESC LIMIT 1)`,
      lastDeleted: sql<
        boolean | null
      >`(SELECT lm.deleted_at IS NOT NULL FROM affiliate.messages lm WHERE lm.thread_id = ${t.id} ORDER BY lm.id DESC LIMIT 1)`,
    })
    .from(t)
    .innerJoin(users, eq(users.id, t.affiliateId))
    .where(
      and(
        eq(t.organizationId, organizationId),
        paging.after,
        search
          ? or(
              ilike(users.email, containsPattern(search)),
              ilike(sql`concat_ws(' ', ${users.firstName}, ${users.lastName})`, containsPattern(search)),
            )
          : undefined,
        input.unread && !staff ? gt(unread, 0) : undefined,
      ),
    )
    .orderBy(...paging.orderBy)
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      affiliate: { id: r.affiliateId, name: displayName(r), email: r.email },
      lastMessageAt: r.lastMessageAt,
      lastMessage: r.lastSide
        ? { side: r.lastSide, body: r.lastBody ?? '', hasImage: r.lastImage === true, deleted: r.lastDeleted === true }
        : null,
      unread: Number(r.unread),
    })),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
