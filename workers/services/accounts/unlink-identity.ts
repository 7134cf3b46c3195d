import { and, count, eq } from 'drizzle-orm';
import { identities, users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { mayUnlink } from '../../domain/identity-link';
import { AppError, NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';

/**
 * Removes a linked provider account, unless it is the account's last way in (no password, no
 * other identity). The user row is locked so two unlinks at once cannot both pass that check.
 */
export async function unlinkIdentity({
  ctx,
  input,
}: ServiceCall<{ userId: string; identityId: string }>): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const [user] = await tx.db
      .select({ hashedPassword: users.hashedPassword })
      .from(users)
      .where(eq(users.id, input.userId))
      .for('update');
    const [identity] = await tx.db
      .select()
      .from(identities)
      .where(and(eq(identities.id, input.identityId), eq(identities.userId, input.userId)));
    if (!user || !identity) throw new NotFoundError('identity', input.identityId);
    const [linked] = await tx.db.select({ n: count() }).from(identities).where(eq(identities.userId, input.userId));
    if (!mayUnlink({ hasPassword: Boolean(user.hashedPassword), identityCount: linked?.n ?? 0 }))
      throw new AppError(
        'last_sign_in_method',
        'This is the only way to sign in to the account; set a password or link another provider first',
      );
    await tx.db.delete(identities).where(eq(identities.id, identity.id));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'user.identity_unlinked',
        targetType: 'user',
        targetId: input.userId,
        before: { provider: identity.provider, email: identity.email },
      },
    });
  });
}
