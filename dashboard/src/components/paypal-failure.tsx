import { Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { knownPayPalPayoutError } from '@contracts/paypal-payout-errors';
import { DetailsToggle } from './details-toggle';

type PayPalFailureProps = {
  /** Who reads it: the affiliate paid by the item, or the advertiser's finance staff paying it. */
  audience: 'affiliate' | 'advertiser';
  /** PayPal's error name of the item (RECEIVER_UNREGISTERED…); null when PayPal gave none. */
  code: string | null;
  /** PayPal's own words (or staff's reason for excluding), for support only. */
  reason: string | null;
};

/**
 * Why PayPal did not pay an item, as a sentence of the reader's language that says what to do; PayPal's
 * error name and words stay behind "Details".
 */
export function PayPalFailure({ audience, code, reason }: PayPalFailureProps) {
  const { t } = useTranslation('paypal');
  const known = knownPayPalPayoutError(code);
  const detail = [code, reason].filter(Boolean).join(': ');
  return (
    <Stack gap={2} maw={360} data-testid="paypal-failure" data-code={code ?? ''}>
      <Text size="sm">{t(`failures.${audience}.${known ?? 'fallback'}`)}</Text>
      {detail && (
        <DetailsToggle>
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {detail}
          </Code>
        </DetailsToggle>
      )}
    </Stack>
  );
}

/** A batch's last PayPal error: one sentence for every cause, PayPal's words behind "Details". */
export function PayPalBatchError({ error }: { error: string }) {
  const { t } = useTranslation('paypal');
  return (
    <Stack gap={2} data-testid="paypal-batch-error">
      <Text size="sm">{t('failures.batchError')}</Text>
      <DetailsToggle>
        <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {error}
        </Code>
      </DetailsToggle>
    </Stack>
  );
}
