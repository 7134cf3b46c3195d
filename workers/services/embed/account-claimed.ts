import { and, eq, ne, sql } from 'drizzle-orm';
import { appUsers, enrollments, identities, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { EmbedSession } from './embed-session';

/**
 * Whether the account the app's user became is also the person's own: they signed in on the portal
 * (a password, a Google or GitHub identity, a confirmed email) or joined another advertiser or app. From
 * then on its account-wide settings (the PayPal address payouts of every advertiser go to) are theirs
 * alone: the embed, which runs on the app's word, neither shows nor changes them.
 */
export async function accountIsClaimed({
  ctx,
  input: { session, userId },
}: ServiceCall<{ session: EmbedSession; userId: string }>): Promise<boolean> {
  const [row] = await ctx.db
    .select({
      claimed: sql<boolean>`(
        ${users.hashedPassword} IS NOT NULL
        OR ${users.emailVerified}
        OR ${users.confirmedAt} IS NOT NULL
        OR EXISTS (SELECT 1 FROM ${identities} WHERE ${identities.userId} = ${users.id})
        OR EXISTS (SELECT 1 FROM ${enrollments} WHERE ${and(eq(enrollments.affiliateId, users.id), ne(enrollments.organizationId, session.organizationId))})
        OR EXISTS (SELECT 1 FROM ${appUsers} WHERE ${and(eq(appUsers.userId, users.id), ne(appUsers.appId, session.appId))})
      )`,
    })
    .from(users)
    .where(eq(users.id, userId));
  // No such account: nothing the embed may touch either.
  return row?.claimed ?? true;
}
