import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePrimaryColor } from '@/lib/use-primary-color';
import type { PayoutBatchStatus } from './queries/payout-batches';

// `null`: on its way (approved, sending, sent to PayPal), in the theme's primary colour.
const COLORS: Record<PayoutBatchStatus, string | null> = {
  proposed: 'yellow',
  approved: null,
  sending: null,
  sent: null,
  completed: 'teal',
  failed: 'red',
  canceled: 'gray',
};

export function BatchStatusBadge({ status }: { status: PayoutBatchStatus }) {
  const { t } = useTranslation('finance');
  const primary = usePrimaryColor();
  return (
    <Badge
      variant="light"
      color={COLORS[status] ?? primary}
      miw="fit-content"
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(`batchStatus.${status}`)}
    </Badge>
  );
}
