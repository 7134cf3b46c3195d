import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PayoutItem } from './queries/payout-batches';

const GOOD = new Set(['success']);
const WAITING = new Set(['pending', 'onhold', 'unclaimed']);

export function ItemStatusBadge({ status }: { status: PayoutItem['status'] }) {
  const { t } = useTranslation('finance');
  const color = GOOD.has(status) ? 'teal' : WAITING.has(status) ? 'yellow' : 'red';
  return (
    <Badge variant="light" color={color} miw="fit-content" styles={{ label: { overflow: 'visible' } }}>
      {t(`itemStatus.${status}`)}
    </Badge>
  );
}
