import { desc, eq } from 'drizzle-orm';
import { emailOutbox, type EmailOutboxEntry } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';

/**
 * The last 20 emails to an address, straight from the outbox: how `npm start` users and tests read
 * verification, reset and invitation links. Does not exist in production.
 */
export async function readDevMailbox({ ctx, input }: ServiceCall<{ to: string }>): Promise<EmailOutboxEntry[]> {
  if (ctx.config.ENVIRONMENT === 'production') throw new NotFoundError('route');
  return ctx.db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.to, input.to.toLowerCase()))
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(20);
}
