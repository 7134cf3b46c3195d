import { and, eq, isNull, ne, type SQL } from 'drizzle-orm';
import { refreshTokens } from '../../../schema';
import type { RefreshTokenRevokeReason } from '../../../schema/enums';
import type { ServiceCall } from '../../context';

export interface RevokeSessionsInput {
  userId: string;
  reason: RefreshTokenRevokeReason;
  /** Only this session (refresh-token family); all of the user's sessions when absent. */
  familyId?: string | undefined;
  /** Keep this session alive (changing the password keeps the device that did it signed in). */
  exceptFamilyId?: string | undefined;
}

/**
 * Ends sessions by revoking their live refresh tokens. Access tokens die with them at once:
 * authenticate (load-actor.ts) requires a live token in the access token's family.
 */
export async function revokeSessions({ ctx, input }: ServiceCall<RevokeSessionsInput>): Promise<{ revoked: number }> {
  const conditions: SQL[] = [eq(refreshTokens.userId, input.userId), isNull(refreshTokens.revokedAt)];
  if (input.familyId) conditions.push(eq(refreshTokens.familyId, input.familyId));
  if (input.exceptFamilyId) conditions.push(ne(refreshTokens.familyId, input.exceptFamilyId));
  const rows = await ctx.db
    .update(refreshTokens)
    .set({ revokedAt: ctx.now, revokedReason: input.reason })
    .where(and(...conditions))
    .returning({ id: refreshTokens.id });
  return { revoked: rows.length };
}
