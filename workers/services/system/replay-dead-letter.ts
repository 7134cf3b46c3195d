import { and, eq } from 'drizzle-orm';
import { deadLetters, postbackDeliveries, type DeadLetter } from '../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { AppError, ConflictError, NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { postbackMessage, reopenDelivery } from '../postbacks';
import { QUEUE_BINDINGS } from './queue-bindings';
import { requirePlatformAdmin } from '../access';

/**
 * A postback letter re-fires through its delivery: reopened for a new series of attempts, numbered
 * after the earlier ones (a delivered one is refused). Other queues' consumers are idempotent by
 * key, so their stored body is simply sent again.
 */
async function replayBody(tx: ServiceContext, letter: DeadLetter): Promise<unknown> {
  if (letter.queue !== 'postbacks') return letter.body;
  const parsed = postbackMessage.safeParse(letter.body);
  if (!parsed.success) return letter.body;
  const message = parsed.data;
  const where =
    'replayOf' in message
      ? eq(postbackDeliveries.id, message.replayOf)
      : and(
          eq(postbackDeliveries.affiliateId, message.affiliateId),
          eq(postbackDeliveries.eventType, message.eventType),
          eq(postbackDeliveries.eventKey, message.eventKey),
        );
  const [delivery] = await tx.db.select({ id: postbackDeliveries.id }).from(postbackDeliveries).where(where);
  if (!delivery) return { ...message, attemptOffset: 0 };
  const reopened = await reopenDelivery({ ctx: tx, input: { deliveryId: delivery.id } });
  return { ...message, attemptOffset: reopened.attempts };
}

/**
 * Platform staff send a dead letter back to its queue, once: replayed_at/by are set and the
 * action audited in the same transaction, and the send is its last step, so a refused send
 * changes nothing. A message that fails again comes back as a new dead letter.
 */
export async function replayDeadLetter({ ctx, input }: ServiceCall<{ id: string }>): Promise<DeadLetter> {
  const staffId = requirePlatformAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    const [letter] = await tx.db.select().from(deadLetters).where(eq(deadLetters.id, input.id)).for('update');
    if (!letter) throw new NotFoundError('dead letter', input.id);
    if (letter.replayedAt)
      throw new ConflictError(`This dead letter was already replayed at ${letter.replayedAt.toISOString()}`);
    const binding = QUEUE_BINDINGS[letter.queue as keyof typeof QUEUE_BINDINGS];
    if (!binding) throw new ConflictError(`Messages of the queue ${letter.queue} cannot be replayed`);
    const body = await replayBody(tx, letter);
    const [replayed] = await tx.db
      .update(deadLetters)
      .set({ replayedAt: tx.now, replayedById: staffId })
      .where(eq(deadLetters.id, letter.id))
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'dead_letter.replay',
        targetType: 'dead_letter',
        targetId: letter.id,
        after: { queue: letter.queue, messageId: letter.messageId },
      },
    });
    try {
      await tx.config[binding].send(body, { contentType: 'json' });
    } catch (err) {
      throw new AppError(
        'service_unavailable',
        `The ${letter.queue} queue did not accept the message; try again (${String(err).slice(0, 200)})`,
      );
    }
    return replayed!;
  });
}
