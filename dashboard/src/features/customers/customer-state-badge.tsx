import { Badge } from '@mantine/core';
import type { CustomerState } from '@domain/customer-summary';
import { useTranslation } from 'react-i18next';

const COLOR: Record<CustomerState, string> = {
  lead: 'gray',
  active: 'teal',
  cancelled: 'yellow',
  refunded: 'red',
  disputed: 'red',
};

/** Where a referred customer stands (docs/customers.md has the rules). */
export function CustomerStateBadge({ state }: { state: CustomerState }) {
  const { t } = useTranslation('customers');
  return (
    <Badge variant="light" color={COLOR[state]} miw="fit-content" styles={{ label: { overflow: 'visible' } }}>
      {t(`states.${state}`)}
    </Badge>
  );
}
