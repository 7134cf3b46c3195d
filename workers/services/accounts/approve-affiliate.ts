import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';

/** Platform approval of an affiliate (users.approved_affiliate); repeating it changes nothing. */
export async function approveAffiliate({
  ctx,
  input,
}: ServiceCall<{ userId: string }>): Promise<{ userId: string; approvedAffiliate: true }> {
  await inTransaction(ctx, async (tx) => {
    const [user] = await tx.db
      .select({ approvedAffiliate: users.approvedAffiliate, deletedAt: users.deletedAt })
      .from(users)
      .where(eq(users.id, input.userId))
      .for('update');
    if (!user || user.deletedAt) throw new NotFoundError('user', input.userId);
    if (user.approvedAffiliate) return;
    await tx.db.update(users).set({ approvedAffiliate: true }).where(eq(users.id, input.userId));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'user.affiliate_approved',
        targetType: 'user',
        targetId: input.userId,
        before: { approvedAffiliate: false },
        after: { approvedAffiliate: true },
      },
    });
  });
  return { userId: input.userId, approvedAffiliate: true };
}
