import type { PayoutItem } from '../../../schema';
import { formatMinorUnits } from '../../domain/format-minor-units';
import type { NotificationRequest } from '../notifications';

export type PayoutNotice = 'sent' | 'success' | 'unclaimed' | 'failed';

const ENGLISH: Record<PayoutNotice, (amount: string, to: string, reason: string) => { title: string; body: string }> = {
  sent: (amount, to) => ({
    title: `Payout of ${amount} sent`,
    body: `${amount} is on its way to ${to} through PayPal.`,
  }),
  success: (amount, to) => ({
    title: `Payout of ${amount} sent`,
    body: `${amount} was paid to your PayPal account ${to}.`,
  }),
  unclaimed: (amount, to) => ({
    title: `Claim your payout of ${amount}`,
    body: `PayPal is holding ${amount} for ${to}, which has no PayPal account yet. Sign up or log in to PayPal with that address within 30 days to claim it; otherwise PayPal returns it and it goes back to your balance.`,
  }),
  failed: (amount, to, reason) => ({
    title: `Payout of ${amount} failed`,
    body: `The payout to ${to} did not go through (${reason}). The money is back in your balance and goes out with the next payout.`,
  }),
};

/**
 * What the affiliate hears about an item: sent to PayPal, paid, waiting to be claimed, or failed
 * (its money back in the balance). The English text is the fallback; channels render the user's
 * language from `data` (workers/domain/notification-templates.ts).
 */
export function payoutNotification(
  item: Pick<
    PayoutItem,
    'id' | 'batchId' | 'affiliateId' | 'organizationId' | 'amountMinor' | 'currency' | 'receiverEmail'
  >,
  event: PayoutNotice,
  reason?: string | null,
): NotificationRequest {
  const amount = `${formatMinorUnits(item.amountMinor, item.currency)} ${item.currency}`;
  return {
    v: 1,
    userId: item.affiliateId,
    organizationId: item.organizationId,
    event: 'payout',
    dedupeKey: `payout:${item.id}:${event}`,
    ...ENGLISH[event](amount, item.receiverEmail, reason ?? 'refused by PayPal'),
    data: {
      payoutItemId: item.id,
      batchId: item.batchId,
      amountMinor: item.amountMinor,
      currency: item.currency,
      receiverEmail: item.receiverEmail,
      status: event,
      ...(event === 'failed' ? { reason: reason ?? null } : {}),
    },
  };
}
