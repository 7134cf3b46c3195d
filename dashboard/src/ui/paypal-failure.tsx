import { useTranslation } from 'react-i18next';
import { knownPayPalPayoutError } from '@contracts/paypal-payout-errors';
import { FailureSentence } from './failure-sentence';

type PayPalFailureProps = {
  /** Who reads it: the affiliate paid by the item, or the advertiser's finance staff paying it. */
  audience: 'affiliate' | 'advertiser';
  /** PayPal's error name of the item (RECEIVER_UNREGISTERED…); null when PayPal gave none. */
  code: string | null;
  /** PayPal's own words (or staff's reason for excluding), for support only. */
  reason: string | null;
  /** The item's rail: another rail's failure is told without naming PayPal (its words stay behind "Details"). */
  rail?: string;
};

/**
 * Why PayPal did not pay an item, as a sentence of the reader's language that says what to do; PayPal's
 * error name and words stay behind "Details".
 */
export function PayPalFailure({ audience, code, reason, rail = 'paypal' }: PayPalFailureProps) {
  const { t } = useTranslation('paypal');
  const known = rail === 'paypal' ? knownPayPalPayoutError(code) : null;
  return (
    <FailureSentence
      sentence={t(`failures.${audience}.${known ?? (rail === 'paypal' ? 'fallback' : 'otherRail')}`)}
      detail={[code, reason].filter(Boolean).join(': ')}
      maw={360}
      attrs={{ 'data-testid': 'paypal-failure', 'data-code': code ?? '' }}
    />
  );
}

/**
 * A batch's last send error: one sentence for every cause, the provider's words behind "Details". PayPal is named
 * only when every item of the batch is on PayPal; otherwise the error may be any rail's.
 */
export function PayPalBatchError({ error, rails = ['paypal'] }: { error: string; rails?: string[] }) {
  const { t } = useTranslation('paypal');
  const paypalOnly = rails.length > 0 && rails.every((rail) => rail === 'paypal');
  return (
    <FailureSentence
      sentence={t(paypalOnly ? 'failures.batchError' : 'failures.batchErrorOtherRail')}
      detail={error}
      attrs={{ 'data-testid': 'paypal-batch-error' }}
    />
  );
}
