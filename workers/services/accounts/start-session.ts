import { eq, sql } from 'drizzle-orm';
import { refreshTokens, users, type User } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken } from '../../domain/access-token';
import { uuidv7 } from '../../contracts/ids';
import { newSecretToken, sha256Hex } from '../../domain/secret-token';
import { addSeconds, REFRESH_TOKEN_TTL_SECONDS } from '../../domain/token-lifetimes';

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  tokenType: 'Bearer';
}

export interface SessionUser {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  locale: User['locale'];
  platformRole: User['platformRole'];
  approvedAffiliate: boolean;
}

export const sessionUser = (u: User): SessionUser => ({
  id: u.id,
  email: u.email,
  firstName: u.firstName,
  lastName: u.lastName,
  locale: u.locale,
  platformRole: u.platformRole,
  approvedAffiliate: u.approvedAffiliate,
});

/** Stores the next refresh token of a family (hashed) and signs the access token that goes with it. */
export async function issueTokens({
  ctx,
  input,
}: ServiceCall<{ userId: string; familyId: string; portalOrganizationId: string | null }>): Promise<{
  tokens: SessionTokens;
  refreshTokenId: string;
}> {
  const { userId, familyId, portalOrganizationId } = input;
  const refreshToken = newSecretToken();
  const [row] = await ctx.db
    .insert(refreshTokens)
    .values({
      userId,
      familyId,
      tokenHash: await sha256Hex(refreshToken),
      expiresAt: addSeconds(ctx.now, REFRESH_TOKEN_TTL_SECONDS),
      deviceInfo: ctx.origin?.userAgent?.slice(0, 512) ?? null,
      ip: ctx.origin?.ip ?? null,
      lastUsedAt: ctx.now,
      portalOrganizationId,
      createdAt: ctx.now,
    })
    .returning({ id: refreshTokens.id });
  const accessToken = await signAccessToken(
    { userId, sessionId: familyId, portalOrganizationId },
    ctx.config.JWT_SECRET,
    ctx.now,
  );
  return {
    tokens: { accessToken, refreshToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS, tokenType: 'Bearer' },
    refreshTokenId: row!.id,
  };
}

/**
 * A completed sign-in: a new refresh-token family (the session) and the user's login history
 * (last_login, last_ip, logins_count), together. A sign-in on a white-label portal host makes a
 * session confined to that advertiser and that host.
 */
export async function startSession({
  ctx,
  input,
}: ServiceCall<{ user: User }>): Promise<{ tokens: SessionTokens; user: SessionUser }> {
  return inTransaction(ctx, async (tx) => {
    const { tokens } = await issueTokens({
      ctx: tx,
      input: {
        userId: input.user.id,
        familyId: uuidv7(tx.now.getTime()),
        portalOrganizationId: tx.portal?.organizationId ?? null,
      },
    });
    const [user] = await tx.db
      .update(users)
      .set({ lastLogin: tx.now, lastIp: tx.origin?.ip ?? null, loginsCount: sql`${users.loginsCount} + 1` })
      .where(eq(users.id, input.user.id))
      .returning();
    return { tokens, user: sessionUser(user!) };
  });
}
