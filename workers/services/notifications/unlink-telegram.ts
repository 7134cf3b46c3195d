import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { recordAudit } from '../audit';
import { actorId } from '../access';

/** Stops Telegram messages to the signed-in user: the chat is forgotten. Unlinking twice is harmless. */
export async function unlinkTelegram({ ctx }: ServiceCall<void>): Promise<{ linked: false }> {
  const userId = actorId(ctx);
  await inTransaction(ctx, async (tx) => {
    const [before] = await tx.db
      .select({ chatId: users.telegramChatId })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!before?.chatId) return;
    await tx.db.update(users).set({ telegramChatId: null, updatedAt: ctx.now }).where(eq(users.id, userId));
    await recordAudit({
      ctx: tx,
      input: { action: 'telegram.unlink', targetType: 'user', targetId: userId, organizationId: null },
    });
  });
  return { linked: false };
}
