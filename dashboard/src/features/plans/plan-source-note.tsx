import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema.gen';

export type PlanSource = components['schemas']['PlanSource'];

/**
 * Who pays for the plan, worded the same on the Plan and Billing pages: both read the API's `source`, so one
 * page cannot say "billed monthly" while the other says there is no subscription.
 */
export function PlanSourceNote({ source }: { source: PlanSource }) {
  const { t } = useTranslation('plans');
  return (
    <Badge
      variant="light"
      color={source === 'subscription' ? 'teal' : 'gray'}
      data-testid="plan-source"
      styles={{ root: { height: 'auto', whiteSpace: 'normal' }, label: { overflow: 'visible', whiteSpace: 'normal' } }}
    >
      {t(`source.${source}`)}
    </Badge>
  );
}
