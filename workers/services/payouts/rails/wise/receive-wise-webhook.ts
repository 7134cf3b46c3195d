import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { payoutItems, wiseEvents, wiseTransfers } from '../../../../../schema';
import { inTransaction, type ServiceCall } from '../../../../context';
import { uuidv7 } from '../../../../contracts/ids';
import { AppError, NotFoundError } from '../../../../errors/app-error';
import { getTransfer, type WiseTransfer } from '../../../../integrations/wise';
import { enqueueNotifications, type NotificationRequest } from '../../../notifications';
import { recordWiseTransfer } from './record-wise-transfer';
import { resolveWiseAccount } from '../../../wise-accounts';
import { verifyWiseSignature } from './wise-signature';

export interface WiseWebhookResult {
  eventKey: string;
  duplicate: boolean;
  outcome: string;
}

/** Wise's v2 event envelope (docs.wise.com: transfers#state-change). */
const envelope = z.object({
  event_type: z.string(),
  schema_version: z.string().optional(),
  data: z.object({
    resource: z.object({ type: z.string(), id: z.coerce.string(), profile_id: z.coerce.string().optional() }),
    current_state: z.string().optional(),
    previous_state: z.string().nullable().optional(),
    occurred_at: z.string().optional(),
  }),
});

/**
 * The deployment's Wise webhook: verified with WISE_WEBHOOK_PUBLIC_KEY (RSA-SHA256 of the raw body in
 * X-Signature-SHA256); 404 when none is configured; a bad or absent signature answers invalid_signature and
 * stores nothing. A transfers#state-change names a transfer; its state is read back from Wise (events may arrive
 * out of order, the API is the truth) and settled as polling would. Stored once by transfer, state and time: a
 * redelivery answers duplicate.
 */
export async function receiveWiseWebhook({
  ctx,
  input,
}: ServiceCall<{ payload: Uint8Array; signature: string | undefined }>): Promise<WiseWebhookResult> {
  const publicKey = ctx.config.WISE_WEBHOOK_PUBLIC_KEY;
  if (!publicKey) throw new NotFoundError('Wise webhook');
  if (!(await verifyWiseSignature(input.signature, input.payload, publicKey)))
    throw new AppError('invalid_signature', 'X-Signature-SHA256 does not verify with Wise’s public key');
  let event: z.infer<typeof envelope>;
  try {
    event = envelope.parse(JSON.parse(new TextDecoder().decode(input.payload)));
  } catch {
    throw new AppError('validation_failed', 'The body is not a Wise event');
  }
  const transferId = event.data.resource.id;
  const eventKey = `${event.event_type}:${transferId}:${event.data.current_state ?? ''}:${event.data.occurred_at ?? ''}`;
  const [target] =
    event.event_type === 'transfers#state-change'
      ? await ctx.db
          .select({
            payoutItemId: wiseTransfers.payoutItemId,
            quoteId: wiseTransfers.quoteId,
            organizationId: payoutItems.organizationId,
          })
          .from(wiseTransfers)
          .innerJoin(payoutItems, eq(payoutItems.id, wiseTransfers.payoutItemId))
          .where(eq(wiseTransfers.transferId, transferId))
      : [];
  // Read before the transaction: no provider call holds a row lock.
  const cfg = target ? await resolveWiseAccount({ ctx, input: { organizationId: target.organizationId } }) : null;
  const transfer: WiseTransfer | null = target && cfg ? await getTransfer(cfg, transferId) : null;
  const { result, notifications } = await inTransaction(ctx, async (tx) => {
    await tx.db.execute(sql`
      INSERT INTO logs.wise_events (id, event_key, event_type, payload)
      VALUES (${uuidv7(tx.now.getTime())}, ${eventKey}, ${event.event_type}, ${JSON.stringify(event)}::jsonb)
      ON CONFLICT (event_key) DO NOTHING`);
    const [row] = await tx.db.select().from(wiseEvents).where(eq(wiseEvents.eventKey, eventKey)).for('update');
    if (row!.processedAt) return { result: { eventKey, duplicate: true, outcome: 'duplicate' }, notifications: [] };
    let outcome = 'applied';
    let notes: NotificationRequest[] = [];
    if (event.event_type !== 'transfers#state-change') outcome = 'ignored';
    else if (!target || !transfer) outcome = 'unknown_transfer';
    else
      notes = await recordWiseTransfer({
        ctx: tx,
        input: { payoutItemId: target.payoutItemId, transferId, quoteId: target.quoteId, state: transfer.status },
      });
    await tx.db
      .update(wiseEvents)
      .set({ processedAt: tx.now, error: outcome === 'applied' ? null : outcome })
      .where(and(eq(wiseEvents.id, row!.id)));
    return { result: { eventKey, duplicate: false, outcome }, notifications: notes };
  });
  if (notifications.length > 0) await enqueueNotifications({ ctx, input: { requests: notifications } });
  return result;
}
