import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { OrgReport } from '@/features/stats';
import { EmptyState } from '@/ui/empty-state';
import { MoneyText } from '@/ui/money-text';
import { SectionCard } from '@/ui/section-card';

type TopTableProps = {
  title: string;
  nameHeader: string;
  report: OrgReport;
  dimension: 'program' | 'affiliate';
  /** The display name of a program or affiliate id (the report answers ids only). */
  nameOf: (id: string) => string;
  testId: string;
};

const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/**
 * The five programs or affiliates with the most conversions in the period: name, clicks, conversions and revenue
 * per currency. Half of a 1440 px page is its whole width, so the name takes what the numbers leave and wraps
 * there, whole: names of one advertiser often share their start ("Mailpilot Partners", "Mailpilot Pro"), so a cut
 * name could not tell the rows apart. Payout stays on the stats page, and a phone drops the clicks.
 */
export function TopTable({ title, nameHeader, report, dimension, nameOf, testId }: TopTableProps) {
  const { t, i18n } = useTranslation('orgsetup');
  const rows = report.rows.map((row) => {
    const id = row.dimensions[dimension] ?? '';
    return { ...row, id, label: nameOf(id) };
  });
  return (
    <SectionCard title={title} data-testid={testId}>
      {rows.length === 0 ? (
        <EmptyState title={t('overview.top.emptyTitle')} description={t('overview.top.emptyDescription')} />
      ) : (
        <Table striped highlightOnHover verticalSpacing="sm" layout="fixed" captionSide="top">
          <caption className="visually-hidden">{title}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{nameHeader}</Table.Th>
              <Table.Th w="17%" style={numeric} visibleFrom="sm">
                {t('overview.metrics.clicks')}
              </Table.Th>
              <Table.Th w={{ base: '33%', sm: '23%' }} style={numeric}>
                {t('overview.metrics.conversions')}
              </Table.Th>
              <Table.Th w={{ base: '33%', sm: '26%' }} style={numeric}>
                {t('overview.metrics.revenue')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {row.label}
                  </Text>
                </Table.Td>
                <Table.Td style={numeric} visibleFrom="sm">
                  {formatNumber(row.metrics.clicks ?? 0, i18n.language)}
                </Table.Td>
                <Table.Td style={numeric}>
                  {formatNumber((row.metrics.leads ?? 0) + (row.metrics.sales ?? 0), i18n.language)}
                </Table.Td>
                <Table.Td style={numeric}>
                  {row.money.length === 0 ? (
                    '—'
                  ) : (
                    <Stack gap={0} align="flex-end">
                      {row.money.map((m) => (
                        <MoneyText key={m.currency} minor={m.revenueMinor} currency={m.currency} size="sm" />
                      ))}
                    </Stack>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
}
