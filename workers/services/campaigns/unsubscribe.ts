import { campaignUnsubscribes } from '../../../schema';
import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { readUnsubscribeLink, type UnsubscribeLink } from './read-unsubscribe-link';

/**
 * The one-click unsubscribe of a marketing email's link or List-Unsubscribe header: no sign-in, the
 * signed token names the affiliate and the advertiser. Stops that advertiser's marketing email (never
 * transactional email, never in-app); again is a no-op.
 */
export async function unsubscribe({ ctx, input }: ServiceCall<{ token: string }>): Promise<UnsubscribeLink> {
  const link = await readUnsubscribeLink({ ctx, input });
  if (!link) throw new AppError('unsubscribe_link_invalid', 'This unsubscribe link is not valid');
  await ctx.db
    .insert(campaignUnsubscribes)
    .values({ organizationId: link.organizationId, userId: link.userId, createdAt: ctx.now })
    .onConflictDoNothing();
  ctx.log.info('campaign_unsubscribed', { organizationId: link.organizationId, userId: link.userId });
  return link;
}
