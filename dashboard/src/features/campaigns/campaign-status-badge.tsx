import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Campaign } from './queries/campaigns';

const COLOR: Record<Campaign['status'], string> = {
  draft: 'gray',
  scheduled: 'blue',
  sending: 'yellow',
  sent: 'green',
  active: 'teal',
  cancelled: 'red',
};

export function CampaignStatusBadge({ status }: { status: Campaign['status'] }) {
  const { t } = useTranslation('campaigns');
  return (
    <Badge color={COLOR[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}
