import { eq } from 'drizzle-orm';
import { registrationLinks, registrationLinkUses } from '../../../schema';
import type { ServiceCall } from '../../context';
import { AppError, NotFoundError } from '../../errors/app-error';
import { planInvitedEnrollment } from '../enrollments';
import { joinLinkState } from '../../domain/join-link';
import { JOIN_LINK_MESSAGES } from './join-link-messages';

/**
 * Inside the sign-up transaction: remembers that the new account came through this link, unclaimed until
 * the email is verified (claimPendingJoins). A link that cannot be used now refuses the sign-up with its
 * code, so nobody creates an account expecting a program it will not get.
 */
export async function reserveJoinOnSignUp({
  ctx,
  input,
}: ServiceCall<{ code: string; userId: string }>): Promise<void> {
  const [link] = await ctx.db.select().from(registrationLinks).where(eq(registrationLinks.code, input.code));
  // A sign-up on a white-label portal joins only that advertiser's links.
  const portal = ctx.portal?.organizationId;
  if (!link || (portal && link.organizationId !== portal)) throw new NotFoundError('registration link');
  const plan = await planInvitedEnrollment({
    ctx,
    input: { organizationId: link.organizationId, programId: link.programId, affiliateId: input.userId },
  });
  const state = joinLinkState({ ...link, joinable: plan.programIds.length > 0 }, ctx.now);
  if (state !== 'valid') throw new AppError(state, JOIN_LINK_MESSAGES[state]);
  await ctx.db.insert(registrationLinkUses).values({ linkId: link.id, userId: input.userId });
}
