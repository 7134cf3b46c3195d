import { Alert, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { LedgerCheck } from '@/queries/ledger-check';
import { EmptyState } from '../empty-state';

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
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="ledger-differences">
          <Title order={2} fz="h4" mb="sm" id="ledger-differences">
            {t('ledger.differences')}
          </Title>
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ledger.columns.kind')}</Table.Th>
                  <Table.Th>{t('ledger.columns.detail')}</Table.Th>
                  <Table.Th>{t('ledger.columns.rows')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {check.discrepancies.map((d) => (
                  <Table.Tr key={`${d.kind}:${d.ids.join(',')}`}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {kindLabel(d.kind)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {d.detail}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {d.ids.map((id) => (
                          <Code key={id}>{id}</Code>
                        ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
