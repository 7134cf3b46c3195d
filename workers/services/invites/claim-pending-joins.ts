import { and, eq, isNull } from 'drizzle-orm';
import { registrationLinks, registrationLinkUses, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { joinThroughLink, type JoinResult } from './join-through-link';

/**
 * Right after the email is verified: enrolls the account through the links it signed up with. A link that
 * went bad in between (expired, used up, revoked) is logged and skipped; verification itself never fails
 * because of it, and the join page still says why.
 */
export async function claimPendingJoins({ ctx, input }: ServiceCall<{ userId: string }>): Promise<JoinResult[]> {
  const pending = await ctx.db
    .select({ code: registrationLinks.code, platformRole: users.platformRole })
    .from(registrationLinkUses)
    .innerJoin(registrationLinks, eq(registrationLinks.id, registrationLinkUses.linkId))
    .innerJoin(users, eq(users.id, registrationLinkUses.userId))
    .where(and(eq(registrationLinkUses.userId, input.userId), isNull(registrationLinkUses.usedAt)));
  const joined: JoinResult[] = [];
  for (const { code, platformRole } of pending) {
    const asUser = { ...ctx, actor: { userId: input.userId, platformRole } };
    try {
      joined.push(await joinThroughLink({ ctx: asUser, input: { code, affiliateId: input.userId } }));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      ctx.log.warn('join_on_verification_refused', { userId: input.userId, code: err.code });
    }
  }
  return joined;
}
