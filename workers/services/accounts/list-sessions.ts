import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { refreshTokens } from '../../../schema';
import type { ServiceCall } from '../../context';
import { uuidv7Time } from '../../contracts/ids';

export interface SessionSummary {
  id: string;
  device: string | null;
  ip: string | null;
  signedInAt: Date;
  lastUsedAt: Date;
  current: boolean;
}

/** The user's live sessions: one per refresh-token family, described by its live token. */
export async function listSessions({
  ctx,
  input,
}: ServiceCall<{ userId: string; currentSessionId: string | undefined }>): Promise<SessionSummary[]> {
  const rows = await ctx.db
    .select()
    .from(refreshTokens)
    .where(
      and(
        eq(refreshTokens.userId, input.userId),
        isNull(refreshTokens.revokedAt),
        gt(refreshTokens.expiresAt, ctx.now),
      ),
    )
    .orderBy(desc(refreshTokens.createdAt));
  return rows.map((r) => ({
    id: r.familyId,
    device: r.deviceInfo,
    ip: r.ip,
    // The family id is a UUIDv7 minted at sign-in, so it carries the sign-in time.
    signedInAt: new Date(uuidv7Time(r.familyId)),
    lastUsedAt: r.lastUsedAt ?? r.createdAt,
    current: r.familyId === input.currentSessionId,
  }));
}
