import { desc, eq, sql } from 'drizzle-orm';
import { refreshTokens } from '../../../schema';
import type { ServiceCall } from '../../context';

export interface LoginRecord {
  id: string;
  signedInAt: Date;
  device: string | null;
  ip: string | null;
  /** The session it started is still live (not logged out, revoked or expired). */
  active: boolean;
}

/**
 * The user's recent sign-ins. Every completed login starts a refresh-token family and nothing deletes
 * them, so the first token of each family records when, from which device and from which address.
 */
export async function listLogins({
  ctx,
  input,
}: ServiceCall<{ userId: string; limit: number }>): Promise<LoginRecord[]> {
  const signedInAt = sql<Date>`min(${refreshTokens.createdAt})`.mapWith(refreshTokens.createdAt);
  const rows = await ctx.db
    .select({
      id: refreshTokens.familyId,
      signedInAt,
      device: sql<string | null>`(array_agg(${refreshTokens.deviceInfo} order by ${refreshTokens.createdAt}))[1]`,
      ip: sql<string | null>`host((array_agg(${refreshTokens.ip} order by ${refreshTokens.createdAt}))[1])`,
      active: sql<boolean>`bool_or(${refreshTokens.revokedAt} is null and ${refreshTokens.expiresAt} > ${ctx.now.toISOString()}::timestamptz)`,
    })
    .from(refreshTokens)
    .where(eq(refreshTokens.userId, input.userId))
    .groupBy(refreshTokens.familyId)
    .orderBy(desc(signedInAt))
    .limit(input.limit);
  return rows;
}
