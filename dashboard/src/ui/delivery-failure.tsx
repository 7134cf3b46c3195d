import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { deliveryFailureKind, deliveryFailureStatus } from '@domain/delivery-failure';
import { FailureSentence } from './failure-sentence';

type DeliveryFailureProps = {
  /** The receiver's HTTP status; null when it never answered. */
  statusCode: number | null;
  /** The sender's raw error text as stored ("network error: …", "timed out after 5000 ms", "HTTP 502"). */
  error: string | null;
};

/**
 * Why a postback or webhook was not delivered, in a sentence of the reader's language that says what to
 * check; the raw error the sender recorded stays behind "Details".
 */
export function DeliveryFailure({ statusCode, error }: DeliveryFailureProps) {
  const { t } = useTranslation('errors');
  if (!error && (statusCode === null || statusCode < 300)) return <Text size="sm">—</Text>;
  const kind = deliveryFailureKind(statusCode, error);
  const status = deliveryFailureStatus(statusCode, error);
  const sentence =
    kind === 'rejected' && status === null ? t('delivery.refused') : t(`delivery.${kind}`, { status: status ?? '' });
  return (
    <FailureSentence
      sentence={sentence}
      detail={error}
      maw={360}
      attrs={{ 'data-testid': 'delivery-failure', 'data-kind': kind }}
    />
  );
}
