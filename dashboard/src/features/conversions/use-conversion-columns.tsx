import { Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DirectCommissionCell } from './direct-commission-cell';
import { formatDateTime } from '@/lib/format';
import type { OrgConversion } from './queries/org-conversions';
import { StatusBadge } from '@/ui/status-badge';
import { MoneyText } from '@/ui/money-text';
import { RouterAnchor } from '@/ui/router-anchor';

const column = createColumnHelper<OrgConversion>();

/**
 * The columns the conversions list and the review queue share: when (linking to the explanation), what, which
 * program, who, and the commission it earned.
 */
export function useConversionColumns(orgId: string) {
  const { t, i18n } = useTranslation('orgconversions');
  const { t: te } = useTranslation('earnings');
  return [
    column.accessor('occurredAt', {
      header: t('conversions.columns.occurredAt'),
      cell: (info) => (
        <RouterAnchor
          to="/orgs/$orgId/conversions/$conversionId"
          params={{ orgId, conversionId: info.row.original.id }}
          size="sm"
          style={{ whiteSpace: 'nowrap' }}
        >
          {formatDateTime(info.getValue(), i18n.language)}
        </RouterAnchor>
      ),
    }),
    column.accessor('type', {
      header: t('conversions.columns.event'),
      cell: (i) => {
        const row = i.row.original;
        return (
          <Stack gap={0}>
            <Text span size="sm" fw={600}>
              {te(`eventTypes.${i.getValue()}`)}
            </Text>
            {row.currency && <MoneyText minor={row.amountMinor} currency={row.currency} size="sm" c="dimmed" />}
          </Stack>
        );
      },
    }),
    column.accessor('programName', {
      header: t('conversions.columns.program'),
      meta: { phone: 'hidden' },
      cell: (i) => (
        <Text span size="sm">
          {i.getValue() ?? '—'}
        </Text>
      ),
    }),
    column.accessor('status', {
      header: t('conversions.columns.status'),
      cell: (i) => <StatusBadge status={i.getValue()} />,
    }),
    // Names, not emails: the email is on the affiliate's profile.
    column.accessor('affiliateName', {
      header: t('conversions.columns.affiliate'),
      cell: (i) => (
        <Stack gap={0}>
          <Text span size="sm" style={{ whiteSpace: 'nowrap' }} title={i.row.original.affiliateEmail ?? undefined}>
            {i.getValue() ?? t('conversions.nobody')}
          </Text>
          {i.row.original.attributionMethod && (
            <Text span size="xs" c="dimmed">
              {te(`attribution.${i.row.original.attributionMethod}`)}
            </Text>
          )}
        </Stack>
      ),
    }),
    column.accessor('directCommission', {
      header: t('conversions.columns.commission'),
      cell: (i) => <DirectCommissionCell line={i.getValue()} nothingLabel={t('conversions.nothingEarned')} />,
    }),
  ];
}
