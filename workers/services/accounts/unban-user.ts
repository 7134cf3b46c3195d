import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { requirePlatformAdmin } from '../access';
import { recordAudit } from '../audit';

/** Lifts a ban; the user signs in again (old sessions stay revoked). */
export async function unbanUser({
  ctx,
  input,
}: ServiceCall<{ userId: string }>): Promise<{ userId: string; banned: false }> {
  requirePlatformAdmin(ctx);
  await inTransaction(ctx, async (tx) => {
    const [user] = await tx.db
      .select({ banned: users.banned })
      .from(users)
      .where(eq(users.id, input.userId))
      .for('update');
    if (!user) throw new NotFoundError('user', input.userId);
    if (!user.banned) return;
    await tx.db.update(users).set({ banned: false }).where(eq(users.id, input.userId));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'user.unbanned',
        targetType: 'user',
        targetId: input.userId,
        before: { banned: true },
        after: { banned: false },
      },
    });
  });
  return { userId: input.userId, banned: false };
}
