import { and, eq } from 'drizzle-orm';
import { appUsers } from '../../../schema';
import type { ServiceCall, ServiceContext } from '../../context';
import type { EmbedSession } from './embed-session';

/** The affiliate account the session's user became in this app, if they have accepted terms before. */
export async function findAppUser({ ctx, input }: ServiceCall<EmbedSession>): Promise<string | null> {
  const [row] = await ctx.db
    .select({ userId: appUsers.userId })
    .from(appUsers)
    .where(and(eq(appUsers.appId, input.appId), eq(appUsers.externalUserId, input.externalUserId)));
  return row?.userId ?? null;
}

/**
 * The context the portal's own verbs answer the embed in: the account, in the app's advertiser only
 * (scoped like a white-label portal session, so lists across advertisers stay inside this one).
 */
export function embedAffiliateContext({
  ctx,
  input: { session, userId },
}: ServiceCall<{ session: EmbedSession; userId: string }>): ServiceContext {
  return {
    ...ctx,
    actor: { userId, platformRole: 'none', portalOrganizationId: session.organizationId },
    tenant: { kind: 'affiliate', organizationId: session.organizationId, affiliateId: userId },
  };
}
