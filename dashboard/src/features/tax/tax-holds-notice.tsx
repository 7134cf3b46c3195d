import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTaxRegister, useTaxSettings } from './queries/tax';
import { RouterAnchor } from '@/ui/router-anchor';

/**
 * Beside the payout batches: proposals leave out affiliates a required tax form is missing from, and write
 * nothing about it, so this names how many there are and links to them in the register.
 */
export function TaxHoldsNotice({ orgId }: { orgId: string }) {
  const { t } = useTranslation('tax');
  const settings = useTaxSettings(orgId);
  const required = settings.data !== undefined && settings.data.formRequirement !== 'never';
  const missing = useTaxRegister(orgId, true, required);
  const count = missing.data?.pages[0]?.items.length ?? 0;
  if (!required || count === 0) return null;
  const rule = settings.data?.formRequirement === 'always' ? 'always' : 'aboveAmount';
  return (
    <Alert color="yellow" variant="light" title={t('holdsNotice.title')} data-testid="tax-holds-notice">
      <Text size="sm">
        {missing.hasNextPage ? t(`holdsNotice.${rule}Many`, { count }) : t(`holdsNotice.${rule}`, { count })}{' '}
        <RouterAnchor
          to="/orgs/$orgId/finance/tax"
          params={{ orgId }}
          search={{ tab: undefined, missing: true }}
          size="sm"
        >
          {t('holdsNotice.link')}
        </RouterAnchor>
      </Text>
    </Alert>
  );
}
