import { and, eq, gt, isNull } from 'drizzle-orm';
import { refreshTokens, users } from '../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { sha256Hex } from '../../domain/secret-token';
import { addSeconds, REFRESH_REUSE_GRACE_SECONDS } from '../../domain/token-lifetimes';
import { AppError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { issueTokens, type SessionTokens } from './start-session';

type Outcome =
  | { kind: 'rotated'; tokens: SessionTokens }
  | { kind: 'invalid' }
  | { kind: 'reuse_detected' }
  | { kind: 'scope_mismatch' };

/**
 * Rotates a refresh token: the presented one is revoked as `rotated` and its successor issued in
 * the same family. A token that was already rotated is being replayed (stolen, or an old copy):
 * the whole family is revoked, so both the thief and the victim must sign in again. The row lock
 * makes two concurrent uses of one token count as reuse, never as two successors.
 *
 * Within REFRESH_REUSE_GRACE_SECONDS of its rotation, a token is instead answered like the family's live
 * token, which is rotated in turn: the client that lost the first answer gets a working successor, and a
 * thief racing the owner still ends the family at the owner's next refresh.
 *
 * A live token is rotated only on the host its session started on (a white-label portal, or the platform):
 * a portal's cookie carried to another host is refused and left as it was.
 */
export async function refreshSession({ ctx, input }: ServiceCall<{ refreshToken: string }>): Promise<SessionTokens> {
  const tokenHash = await sha256Hex(input.refreshToken);
  const outcome = await inTransaction(ctx, async (tx): Promise<Outcome> => {
    const [token] = await tx.db
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, tokenHash))
      .for('update');
    if (!token) return { kind: 'invalid' };
    if (token.revokedAt) {
      if (token.revokedReason !== 'rotated') return { kind: 'invalid' };
      if (addSeconds(token.revokedAt, REFRESH_REUSE_GRACE_SECONDS) > tx.now) {
        const [live] = await tx.db
          .select()
          .from(refreshTokens)
          .where(
            and(
              eq(refreshTokens.familyId, token.familyId),
              isNull(refreshTokens.revokedAt),
              gt(refreshTokens.expiresAt, tx.now),
            ),
          )
          .for('update');
        if (live) return rotate(tx, live);
      }
      await tx.db
        .update(refreshTokens)
        .set({ revokedAt: tx.now, revokedReason: 'reuse_detected' })
        .where(and(eq(refreshTokens.familyId, token.familyId), isNull(refreshTokens.revokedAt)));
      await recordAudit({
        ctx: tx,
        input: {
          action: 'session.reuse_detected',
          targetType: 'user',
          targetId: token.userId,
          after: { familyId: token.familyId },
        },
      });
      return { kind: 'reuse_detected' };
    }
    if (token.expiresAt <= tx.now) return { kind: 'invalid' };
    return rotate(tx, token);
  });
  if (outcome.kind === 'rotated') return outcome.tokens;
  if (outcome.kind === 'scope_mismatch')
    throw new AppError('session_scope_mismatch', 'This session belongs to another site; sign in here');
  if (outcome.kind === 'reuse_detected')
    throw new AppError(
      'unauthorized',
      'This refresh token was already used; the session has been ended for safety. Sign in again',
    );
  throw new AppError('unauthorized', 'The refresh token is invalid or has expired; sign in again');
}

/** Revokes a live token as rotated and issues its successor, unless its user may no longer sign in. */
async function rotate(tx: ServiceContext, token: typeof refreshTokens.$inferSelect): Promise<Outcome> {
  const [user] = await tx.db
    .select({ banned: users.banned, blocked: users.blocked, deletedAt: users.deletedAt })
    .from(users)
    .where(eq(users.id, token.userId));
  if (!user || user.banned || user.blocked || user.deletedAt) return { kind: 'invalid' };
  if (token.portalOrganizationId !== (tx.portal?.organizationId ?? null)) return { kind: 'scope_mismatch' };
  const next = await issueTokens({
    ctx: tx,
    input: { userId: token.userId, familyId: token.familyId, portalOrganizationId: token.portalOrganizationId },
  });
  await tx.db
    .update(refreshTokens)
    .set({ revokedAt: tx.now, revokedReason: 'rotated', replacedById: next.refreshTokenId, lastUsedAt: tx.now })
    .where(eq(refreshTokens.id, token.id));
  return { kind: 'rotated', tokens: next.tokens };
}
