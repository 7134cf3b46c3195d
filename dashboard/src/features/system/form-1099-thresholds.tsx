import { Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatformAccess } from '@/lib/access/use-platform-access';
import { formatDate, formatMoney } from '@/lib/format';
import { type Form1099ThresholdList, type Form1099ThresholdRow, useSetForm1099Threshold } from '@/features/tax';
import { DataTable } from '@/ui/data-table';
import { ErrorState } from '@/ui/error-state';
import { MoneyInput } from '@/ui/money-input';
import { minorOf } from '@/features/programs';
import { notifyDone } from '@/lib/notify-done';
import { SectionCard } from '@/ui/section-card';

/** How many years ahead of the first settable one staff may set (the IRS publishes a year's figure in the autumn before). */
const YEARS_AHEAD = 4;

/**
 * The 1099-NEC reporting threshold of every year: the law's through 2026, then what platform admins set once the
 * IRS publishes the indexed amount. A year that has ended keeps its figure; support only reads.
 */
export function Form1099Thresholds({ list }: { list: Form1099ThresholdList }) {
  const { t, i18n } = useTranslation('platform');
  const lng = i18n.language;
  const { readOnly } = usePlatformAccess();
  const save = useSetForm1099Threshold();
  const years = Array.from({ length: YEARS_AHEAD + 1 }, (_, i) => String(list.firstSettableYear + i));
  const [year, setYear] = useState(years[0]!);
  const [amount, setAmount] = useState('');
  const [touched, setTouched] = useState(false);
  const minor = minorOf(amount, 'USD');
  const invalid = minor === null || minor <= 0;

  const columns = useMemo<ColumnDef<Form1099ThresholdRow>[]>(
    () => [
      { id: 'year', header: t('thresholds.year'), cell: ({ row }) => row.original.year, meta: { phone: 'primary' } },
      {
        id: 'amount',
        header: t('thresholds.amount'),
        cell: ({ row }) => (
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatMoney(row.original.amountMinor, 'USD', lng)}
          </Text>
        ),
      },
      {
        id: 'source',
        header: t('thresholds.source'),
        cell: ({ row }) => (
          <Badge variant="light" color={row.original.source === 'statute' ? 'gray' : 'indigo'}>
            {t(`thresholds.sources.${row.original.source}`)}
          </Badge>
        ),
      },
      {
        id: 'updated',
        header: t('thresholds.updated'),
        cell: ({ row }) => (row.original.updatedAt ? formatDate(row.original.updatedAt, lng) : '—'),
      },
    ],
    [t, lng],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (invalid || minor === null) return;
    save.mutate(
      { year: Number(year), amountMinor: minor },
      {
        onSuccess: () => {
          setAmount('');
          setTouched(false);
          notifyDone(t('thresholds.saved', { year, amount: formatMoney(minor, 'USD', lng) }));
        },
      },
    );
  };

  return (
    <SectionCard
      title={t('thresholds.title')}
      description={t('thresholds.description')}
      maw={760}
      data-testid="form-1099-thresholds"
    >
      <Stack gap="md">
        {!readOnly && (
          <form onSubmit={submit} noValidate>
            <Group align="flex-start" wrap="wrap" gap="sm">
              <Select
                label={t('thresholds.year')}
                data={years}
                value={year}
                onChange={(v) => v && setYear(v)}
                allowDeselect={false}
                w={140}
                data-testid="threshold-year"
              />
              <MoneyInput
                currency="USD"
                label={t('thresholds.amount')}
                placeholder="2050.00"
                value={amount}
                onChange={(event) => setAmount(event.currentTarget.value)}
                error={touched && invalid ? t('thresholds.invalid') : undefined}
                w={200}
                data-testid="threshold-amount"
              />
              <Button type="submit" mt={25} loading={save.isPending}>
                {t('thresholds.set')}
              </Button>
            </Group>
          </form>
        )}
        {save.isError && <ErrorState error={save.error} />}
        <DataTable
          caption={t('thresholds.caption')}
          columns={columns}
          data={[...list.items].reverse()}
          getRowId={(row) => String(row.year)}
          rowTestId={() => 'threshold-row'}
          empty={null}
        />
      </Stack>
    </SectionCard>
  );
}
