import type { PayoutItem } from '../../../schema';
import { formatMinorUnits } from '../../domain/format-minor-units';
import { payoutFailureSentence } from '../../domain/paypal-failure-text';
import { day } from '../../domain/notification-template-parts';
import { railPaidNotice, railPayeeName } from '../../domain/payout-rails';
import type { NotificationRequest } from '../notifications';

export type PayoutNotice = 'sent' | 'success' | 'unclaimed' | 'failed';

/** What a notice says beyond the item: PayPal's error name for a failure, the claim-by time for an unclaimed one. */
export interface PayoutNoticeDetail {
  errorCode?: string | null | undefined;
  claimBy?: Date | null | undefined;
}

const ENGLISH: Record<
  PayoutNotice,
  (amount: string, to: string, detail: PayoutNoticeDetail) => { title: string; body: string }
> = {
  sent: (amount, to) => ({
    title: `Payout of ${amount} sent`,
    body: `${amount} is on its way to ${to} through PayPal.`,
  }),
  success: (amount, to) => ({
    title: `Payout of ${amount} sent`,
    body: `${amount} was paid to your PayPal account ${to}.`,
  }),
  unclaimed: (amount, to, { claimBy }) => {
    const by = day('en', claimBy?.toISOString() ?? null);
    return {
      title: `Claim your payout of ${amount}`,
      body: `PayPal is holding ${amount} for ${to}, which has no PayPal account yet. Sign up or log in to PayPal with ${to} ${by ? `by ${by}` : 'within 30 days of the payout'} to claim it; otherwise PayPal returns it and it goes back to your balance.`,
    };
  },
  failed: (amount, to, { errorCode }) => ({
    title: `Payout of ${amount} failed`,
    body: `The payout to ${to} did not go through. ${payoutFailureSentence('en', errorCode)} The money is back in your balance and goes out with the next payout.`,
  }),
};

/**
 * What the affiliate hears about an item: sent to PayPal, paid, waiting to be claimed (with the date PayPal
 * returns it), or failed (its money back in the balance). The English text is the fallback; channels render
 * the user's language from `data` (workers/domain/notification-templates.ts). PayPal's own error text stays
 * out: its error name goes in `data` and becomes a sentence.
 */
export function payoutNotification(
  item: Pick<
    PayoutItem,
    'id' | 'batchId' | 'affiliateId' | 'organizationId' | 'amountMinor' | 'currency' | 'receiverEmail' | 'rail'
  >,
  event: PayoutNotice,
  detail: PayoutNoticeDetail = {},
): NotificationRequest {
  const amount = `${formatMinorUnits(item.amountMinor, item.currency)} ${item.currency}`;
  return {
    v: 1,
    userId: item.affiliateId,
    organizationId: item.organizationId,
    event: 'payout',
    dedupeKey: `payout:${item.id}:${event}`,
    // A rail with its own wording (no email to name) says how the money reaches the affiliate.
    ...((event === 'sent' || event === 'success' ? railPaidNotice(item.rail, 'en', amount) : null) ??
      ENGLISH[event](amount, item.receiverEmail ?? railPayeeName(item.rail, 'en'), detail)),
    data: {
      payoutItemId: item.id,
      batchId: item.batchId,
      amountMinor: item.amountMinor,
      currency: item.currency,
      receiverEmail: item.receiverEmail,
      rail: item.rail,
      status: event,
      ...(event === 'failed' ? { errorCode: detail.errorCode ?? null } : {}),
      ...(event === 'unclaimed' ? { claimBy: detail.claimBy?.toISOString() ?? null } : {}),
    },
  };
}
