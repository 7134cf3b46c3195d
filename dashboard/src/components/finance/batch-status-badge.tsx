import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PayoutBatchStatus } from '@/queries/payout-batches';

const COLORS: Record<PayoutBatchStatus, string> = {
  proposed: 'yellow',
  approved: 'indigo',
  sending: 'blue',
  sent: 'blue',
  completed: 'teal',
  failed: 'red',
  canceled: 'gray',
};

export function BatchStatusBadge({ status }: { status: PayoutBatchStatus }) {
  const { t } = useTranslation('finance');
  return (
    <Badge variant="light" color={COLORS[status]} miw="fit-content" styles={{ label: { overflow: 'visible' } }}>
      {t(`batchStatus.${status}`)}
    </Badge>
  );
}
