import { eq } from 'drizzle-orm';
import { conversions } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { isConversionPending } from '../../domain/conversion-status';
import { describeEffects } from './describe-effects';
import { dispatchEffects } from './dispatch-effects';
import { lockCustomer } from './lock-customer';
import { settleConversion } from './settle-conversion';

/**
 * Tries again to attribute a conversion that was waiting for its click (or a refund for its sale).
 * The row is locked, so the queue retry and the sweep cron cannot both settle it; a conversion
 * someone already settled is left alone. Answers whether it is still waiting.
 */
export async function retryAttribution({
  ctx,
  input,
}: ServiceCall<{ conversionId: string }>): Promise<'settled' | 'waiting' | 'already_settled'> {
  const result = await inTransaction(ctx, async (tx) => {
    // The customer's lock before the row's, in the same order as a new conversion takes them.
    const [peek] = await tx.db
      .select({ appId: conversions.appId, externalCustomerId: conversions.externalCustomerId })
      .from(conversions)
      .where(eq(conversions.id, input.conversionId));
    if (peek) await lockCustomer({ ctx: tx, input: peek });
    const [conversion] = await tx.db
      .select()
      .from(conversions)
      .where(eq(conversions.id, input.conversionId))
      .for('update');
    if (!conversion || conversion.enrollmentId !== null || !isConversionPending(conversion.status)) return null;
    return settleConversion({ ctx: tx, input: { conversion } });
  });
  if (!result) return 'already_settled';
  if (result.kind === 'waiting_for_click' || result.kind === 'waiting_for_sale') return 'waiting';
  await dispatchEffects({ ctx, input: { effects: describeEffects(result, ctx.now) } });
  return 'settled';
}
