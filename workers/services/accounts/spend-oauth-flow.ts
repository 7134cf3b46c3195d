import { lt } from 'drizzle-orm';
import { oauthFlowsSpent } from '../../../schema';
import type { ServiceCall } from '../../context';
import { OAUTH_FLOW_TTL_SECONDS } from '../../domain/oauth-flow';
import { sha256Hex } from '../../domain/secret-token';
import { AppError } from '../../errors/app-error';

/**
 * Spends a sign-in flow's state on the server, before its code is traded: the browser drops the cookie after
 * the callback, but a copy of it (with its nonce and PKCE verifier) would otherwise pass again with a fresh
 * code until it expires. The insert is the check, so two callbacks racing with one cookie cannot both pass.
 */
export async function spendOAuthFlow({ ctx, input }: ServiceCall<{ state: string }>): Promise<void> {
  await ctx.db.delete(oauthFlowsSpent).where(lt(oauthFlowsSpent.expiresAt, ctx.now));
  const spent = await ctx.db
    .insert(oauthFlowsSpent)
    .values({
      stateHash: await sha256Hex(input.state),
      // The cookie lives at most this long from now, so the row guards it until it would be refused anyway.
      expiresAt: new Date(ctx.now.getTime() + OAUTH_FLOW_TTL_SECONDS * 1000),
      createdAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning({ stateHash: oauthFlowsSpent.stateHash });
  if (spent.length === 0)
    throw new AppError('oauth_state_invalid', 'This sign-in was already finished once; start again');
}
