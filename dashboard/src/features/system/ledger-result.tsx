import { Alert, Code, Group, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { LedgerCheck } from './queries/ledger-check';
import { DataTable } from '@/ui/data-table';
import { EmptyState } from '@/ui/empty-state';
import { SectionCard } from '@/ui/section-card';

type Discrepancy = LedgerCheck['discrepancies'][number];
const column = createColumnHelper<Discrepancy>();

const KINDS = new Set([
  'balance_mismatch',
  'in_payout_without_item',
  'in_payout_item_not_open',
  'paid_without_item',
  'paid_item_not_success',
  'unpaid_line_linked',
  'void_line_in_open_item',
  'item_amount_mismatch',
  'voided_conversion_not_offset',
]);

/** Pass or fail of the ledger's invariants, and every difference found with the rows involved. */
export function LedgerResult({ check }: { check: LedgerCheck }) {
  const { t, i18n } = useTranslation('platform');
  const lines = formatNumber(check.checkedLines, i18n.language);
  const kindLabel = (kind: string) =>
    KINDS.has(kind) ? t(`ledger.kinds.${kind as 'balance_mismatch'}`) : t('ledger.kinds.other', { kind });
  const columns = [
    column.accessor('kind', {
      header: t('ledger.columns.kind'),
      cell: (i) => (
        <Text size="sm" fw={500}>
          {kindLabel(i.getValue())}
        </Text>
      ),
    }),
    column.accessor('detail', {
      header: t('ledger.columns.detail'),
      cell: (i) => (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {i.getValue()}
        </Text>
      ),
    }),
    column.accessor('ids', {
      header: t('ledger.columns.rows'),
      cell: (i) => (
        <Group gap={4}>
          {i.getValue().map((id) => (
            // Ids are long and unbroken: on a phone they wrap anywhere rather than widen the card.
            <Code key={id} style={{ overflowWrap: 'anywhere' }}>
              {id}
            </Code>
          ))}
        </Group>
      ),
    }),
  ];
  return (
    <Stack gap="md">
      <Alert
        color={check.ok ? 'teal' : 'red'}
        variant="light"
        title={check.ok ? t('ledger.passed') : t('ledger.failed', { count: check.discrepancies.length })}
      >
        {t('ledger.checked', { count: check.checkedLines, lines })}
      </Alert>
      {check.discrepancies.length === 0 ? (
        <EmptyState title={t('ledger.noDifferences')} description={t('ledger.noDifferencesText')} />
      ) : (
        <SectionCard title={t('ledger.differences')} id="ledger-differences">
          <DataTable
            caption={t('ledger.differences')}
            columns={columns}
            data={check.discrepancies}
            getRowId={(d) => `${d.kind}:${d.ids.join(',')}`}
            empty={null}
          />
        </SectionCard>
      )}
    </Stack>
  );
}
