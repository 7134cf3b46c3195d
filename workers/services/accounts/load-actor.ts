import { and, eq, gt, isNull } from 'drizzle-orm';
import { refreshTokens, users } from '../../../schema';
import type { Actor, ServiceCall } from '../../context';

/**
 * Loads the user behind an access token on every request, so a ban, a role change or "log out
 * everywhere" takes effect at once rather than when the token expires. Null means: not signed in.
 */
export async function loadActor({
  ctx,
  input,
}: ServiceCall<{ userId: string; sessionId: string; portalOrganizationId?: string | null }>): Promise<Actor | null> {
  const [user] = await ctx.db
    .select({
      id: users.id,
      platformRole: users.platformRole,
      banned: users.banned,
      blocked: users.blocked,
      deletedAt: users.deletedAt,
      totpEnabledAt: users.totpEnabledAt,
      twoFactorGraceStartedAt: users.twoFactorGraceStartedAt,
    })
    .from(users)
    .where(eq(users.id, input.userId));
  if (!user || user.banned || user.blocked || user.deletedAt) return null;
  const [live] = await ctx.db
    .select({ id: refreshTokens.id })
    .from(refreshTokens)
    .where(
      and(
        eq(refreshTokens.familyId, input.sessionId),
        eq(refreshTokens.userId, user.id),
        isNull(refreshTokens.revokedAt),
        gt(refreshTokens.expiresAt, ctx.now),
      ),
    )
    .limit(1);
  if (!live) return null;
  return {
    userId: user.id,
    platformRole: user.platformRole,
    portalOrganizationId: input.portalOrganizationId ?? null,
    twoFactorEnabled: user.totpEnabledAt !== null,
    twoFactorGraceStartedAt: user.twoFactorGraceStartedAt,
  };
}
