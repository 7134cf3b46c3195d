import { and, eq, isNull } from 'drizzle-orm';
import { telegramLinkTokens } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { newSecretToken, sha256Hex } from '../../domain/secret-token';
import { addSeconds, TELEGRAM_LINK_TTL_SECONDS } from '../../domain/token-lifetimes';
import { actorId } from '../access';

/**
 * A deep link `https://t.me/<bot>?start=<token>` for the signed-in user: opening it and pressing
 * Start sends `/start <token>` to the bot, whose webhook links the chat. The token is single-use,
 * expires, and only its hash is stored; a new link voids the user's earlier unused ones.
 */
export async function createTelegramLink({ ctx }: ServiceCall<void>): Promise<{ url: string; expiresAt: Date }> {
  const userId = actorId(ctx);
  const bot = ctx.config.TELEGRAM_BOT_USERNAME;
  if (!bot || !ctx.config.TELEGRAM_BOT_TOKEN)
    throw new AppError('telegram_not_configured', 'Telegram notifications are not set up on this deployment');
  const token = newSecretToken();
  const expiresAt = addSeconds(ctx.now, TELEGRAM_LINK_TTL_SECONDS);
  await inTransaction(ctx, async (tx) => {
    await tx.db
      .update(telegramLinkTokens)
      .set({ usedAt: ctx.now })
      .where(and(eq(telegramLinkTokens.userId, userId), isNull(telegramLinkTokens.usedAt)));
    await tx.db
      .insert(telegramLinkTokens)
      .values({ userId, tokenHash: await sha256Hex(token), expiresAt, createdAt: ctx.now });
  });
  return { url: `https://t.me/${bot}?start=${token}`, expiresAt };
}
