import type { PayoutItem } from '../../../schema';
import { formatMinorUnits } from '../../domain/format-minor-units';
import type { NotificationRequest } from '../notifications';

/** What the affiliate hears about an item: paid, or waiting to be claimed at PayPal. */
export function payoutNotification(
  item: Pick<
    PayoutItem,
    'id' | 'batchId' | 'affiliateId' | 'organizationId' | 'amountMinor' | 'currency' | 'receiverEmail'
  >,
  event: 'success' | 'unclaimed',
): NotificationRequest {
  const amount = `${formatMinorUnits(item.amountMinor, item.currency)} ${item.currency}`;
  const base = {
    v: 1 as const,
    userId: item.affiliateId,
    organizationId: item.organizationId,
    event: 'payout' as const,
    dedupeKey: `payout:${item.id}:${event}`,
  };
  const data = {
    payoutItemId: item.id,
    batchId: item.batchId,
    amountMinor: item.amountMinor,
    currency: item.currency,
    receiverEmail: item.receiverEmail,
    status: event,
  };
  if (event === 'success') {
    return {
      ...base,
      title: `Payout of ${amount} sent`,
      body: `${amount} was paid to your PayPal account ${item.receiverEmail}.`,
      data,
    };
  }
  return {
    ...base,
    title: `Claim your payout of ${amount}`,
    body: `PayPal is holding ${amount} for ${item.receiverEmail}, which has no PayPal account yet. Sign up or log in to PayPal with that address within 30 days to claim it; otherwise PayPal returns it and it goes back to your balance.`,
    data,
  };
}
