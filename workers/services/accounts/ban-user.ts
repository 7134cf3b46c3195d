import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError, NotFoundError } from '../../errors/app-error';
import { requirePlatformAdmin } from '../access';
import { recordAudit } from '../audit';
import { revokeSessions } from './revoke-sessions';

/**
 * Bans a user: sign-in is refused and every session ends at once. Staff cannot ban themselves,
 * and only the platform owner can ban other staff.
 */
export async function banUser({
  ctx,
  input,
}: ServiceCall<{ userId: string; reason?: string | undefined }>): Promise<{ userId: string; banned: true }> {
  const actorId = requirePlatformAdmin(ctx);
  if (actorId === input.userId) throw new AppError('conflict', 'You cannot ban yourself');
  await inTransaction(ctx, async (tx) => {
    const [user] = await tx.db
      .select({ banned: users.banned, platformRole: users.platformRole })
      .from(users)
      .where(eq(users.id, input.userId))
      .for('update');
    if (!user) throw new NotFoundError('user', input.userId);
    if (user.platformRole !== 'none' && ctx.actor?.platformRole !== 'platform_owner')
      throw new AppError('forbidden', 'Only the platform owner can ban staff');
    if (user.banned) return;
    await tx.db.update(users).set({ banned: true }).where(eq(users.id, input.userId));
    const { revoked } = await revokeSessions({ ctx: tx, input: { userId: input.userId, reason: 'admin' } });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'user.banned',
        targetType: 'user',
        targetId: input.userId,
        before: { banned: false },
        after: { banned: true, reason: input.reason ?? null, sessionsRevoked: revoked },
      },
    });
  });
  return { userId: input.userId, banned: true };
}
