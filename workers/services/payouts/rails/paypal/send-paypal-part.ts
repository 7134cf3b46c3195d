import { and, asc, eq } from 'drizzle-orm';
import { organizations, payoutBatchParts, payoutItems, type PayoutBatchPart } from '../../../../../schema';
import type { ServiceCall } from '../../../../context';
import type { PartOutcome } from '../rail';
import { createPayout } from '../../../../integrations/paypal/create-payout';
import { PayPalRequestError } from '../../../../integrations/paypal/paypal-errors';
import type { PayPalConfig } from '../../../../integrations/paypal/paypal-config';
import { enqueueNotifications } from '../../../notifications';
import { failPayoutPart } from './fail-payout-part';
import { payoutNotification } from '../../payout-notification';

/**
 * Sends one claimed part: PayPal gets the part's fixed sender_batch_id and our item ids as
 * sender_item_id. 'created' or 'duplicate' (an earlier attempt went through) is recorded as sent.
 * When PayPal stayed unreachable the part stays 'sending' with the error: it may have been paid,
 * so only the same sender_batch_id may ever be tried again (the recovery cron does that).
 */
export async function sendPaypalPart({
  ctx,
  input,
}: ServiceCall<{
  cfg: PayPalConfig;
  part: PayoutBatchPart;
  currency: string;
  organizationId: string;
}>): Promise<PartOutcome> {
  const { cfg, part, currency, organizationId } = input;
  const items = await ctx.db
    .select({
      id: payoutItems.id,
      batchId: payoutItems.batchId,
      affiliateId: payoutItems.affiliateId,
      organizationId: payoutItems.organizationId,
      currency: payoutItems.currency,
      receiverEmail: payoutItems.receiverEmail,
      rail: payoutItems.rail,
      amountMinor: payoutItems.amountMinor,
    })
    .from(payoutItems)
    .where(and(eq(payoutItems.batchId, part.batchId), eq(payoutItems.part, part.part)))
    .orderBy(asc(payoutItems.id));
  const [org] = await ctx.db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  try {
    const result = await createPayout(cfg, {
      senderBatchId: part.senderBatchId,
      emailSubject: `You have a payout from ${org?.name ?? 'your advertiser'}`.slice(0, 255),
      emailMessage: 'Your affiliate commissions have been paid to this PayPal account.',
      items: items.map((i) => ({
        senderItemId: i.id,
        // A PayPal part holds PayPal items only (approval assigns parts by rail; the schema requires their email).
        receiverEmail: i.receiverEmail!,
        amountMinor: i.amountMinor,
        currency,
      })),
    });
    const [sent] = await ctx.db
      .update(payoutBatchParts)
      .set({
        status: 'sent',
        paypalBatchId: result.payoutBatchId,
        paypalStatus: result.batchStatus,
        sentAt: ctx.now,
        lastError: null,
        updatedAt: ctx.now,
      })
      .where(and(eq(payoutBatchParts.id, part.id), eq(payoutBatchParts.status, 'sending')))
      .returning({ id: payoutBatchParts.id });
    // Each affiliate of the part hears the money left; a part recorded earlier announced it then.
    if (sent) await enqueueNotifications({ ctx, input: { requests: items.map((i) => payoutNotification(i, 'sent')) } });
    return 'sent';
  } catch (err) {
    // A definite refusal (or an amount the client would not even send) created nothing at PayPal.
    if (err instanceof PayPalRequestError || err instanceof RangeError) {
      if (err instanceof PayPalRequestError)
        ctx.log.warn('payout_part_refused', {
          partId: part.id,
          senderBatchId: part.senderBatchId,
          paypalError: err.paypalName,
          paypalDebugId: err.debugId,
        });
      await failPayoutPart({
        ctx,
        input: {
          part,
          reason: err.message,
          from: 'sending',
          opts: {
            paypalError: err instanceof PayPalRequestError ? err.paypalName : null,
          },
        },
      });
      return 'failed';
    }
    // Unsure: keep 'sending' and the claim time, so the recovery finds it once it is stale.
    await ctx.db
      .update(payoutBatchParts)
      .set({ lastError: String(err).slice(0, 1000), updatedAt: part.updatedAt })
      .where(eq(payoutBatchParts.id, part.id));
    ctx.log.error('payout_part_unsure', { partId: part.id, senderBatchId: part.senderBatchId, error: String(err) });
    return 'unsure';
  }
}
