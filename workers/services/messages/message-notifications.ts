import { and, eq, inArray, isNull } from 'drizzle-orm';
import { memberships, messageReads, organizations, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { displayName, messageNotificationKey, messagePreview } from '../../domain/message-rules';
import type { NotificationRequest } from '../notifications';
import type { ThreadParty } from './thread-party';

/** The advertiser's members who keep its inbox (and so are told about an affiliate's message). */
export const INBOX_ROLES = ['owner', 'admin'] as const;

/**
 * Who hears of a new message: the affiliate, or each owner and admin of the advertiser, every one on the
 * channels they chose for `message`. The throttle is the dedupe key (messageNotificationKey): a person is
 * told once per thread until they read it, however many messages arrive meanwhile.
 */
export async function messageNotifications({
  ctx,
  input,
}: ServiceCall<{ party: ThreadParty; threadId: string; authorId: string; body: string; hasImage: boolean }>): Promise<
  NotificationRequest[]
> {
  const { party } = input;
  const recipients =
    party.side === 'affiliate'
      ? (
          await ctx.db
            .select({ id: memberships.userId })
            .from(memberships)
            .innerJoin(users, eq(users.id, memberships.userId))
            .where(
              and(
                eq(memberships.organizationId, party.organizationId),
                inArray(memberships.role, [...INBOX_ROLES]),
                isNull(users.deletedAt),
              ),
            )
        ).map((r) => r.id)
      : [party.affiliateId];
  const others = recipients.filter((id) => id !== input.authorId);
  if (others.length === 0) return [];
  const marks = new Map(
    (
      await ctx.db
        .select({ userId: messageReads.userId, last: messageReads.lastReadMessageId })
        .from(messageReads)
        .where(and(eq(messageReads.threadId, input.threadId), inArray(messageReads.userId, others)))
    ).map((r) => [r.userId, r.last]),
  );
  const [author] = await ctx.db
    .select({ firstName: users.firstName, lastName: users.lastName, email: users.email })
    .from(users)
    .where(eq(users.id, input.authorId));
  const [org] = await ctx.db
    .select({ name: organizations.name, branding: organizations.branding })
    .from(organizations)
    .where(eq(organizations.id, party.organizationId));
  const authorName = author ? displayName(author) : '—';
  const orgName = org?.branding.portalName?.trim() || org?.name || '—';
  const fromName = party.side === 'affiliate' ? authorName : orgName;
  const preview = messagePreview(input.body);
  return others.map((userId) => ({
    v: 1,
    userId,
    organizationId: party.organizationId,
    event: 'message',
    title: `New message from ${fromName}`.slice(0, 200),
    body: preview || '[image]',
    data: {
      threadId: input.threadId,
      affiliateId: party.affiliateId,
      side: party.side,
      authorName,
      fromName,
      preview,
      hasImage: input.hasImage,
    },
    dedupeKey: messageNotificationKey(input.threadId, userId, marks.get(userId) ?? null),
  }));
}
