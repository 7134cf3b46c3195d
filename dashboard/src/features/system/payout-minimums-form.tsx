import { Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinorUnits } from '@domain/format-minor-units';
import { payoutMinimumProblem } from '@domain/payout-minimum';
import { usePlatformAccess } from '@/lib/access/use-platform-access';
import { formatDate, formatMoney } from '@/lib/format';
import { type PayoutMinimum, useSetPayoutMinimums } from '@/features/payouts';
import { PHONE_QUERY } from '@/ui/data-table';
import { ErrorState } from '@/ui/error-state';
import { MoneyInput } from '@/ui/money-input';
import { CURRENCIES, minorOf } from '@/features/programs';
import { PayoutMinimumGrid } from './payout-minimum-grid';
import { notifyDone } from '@/lib/notify-done';
import { SectionCard } from '@/ui/section-card';

type Drafts = Record<string, string>;

/** The typed amount in minor units, or why it cannot be saved (blank, malformed, or fractional where PayPal refuses it). */
function parse(currency: string, typed: string): { minor: number } | { problem: 'amount' | 'whole' } {
  const minor = minorOf(typed, currency);
  if (minor === null) return { problem: 'amount' };
  return payoutMinimumProblem(currency, minor) ? { problem: 'whole' } : { minor };
}

/**
 * One row per currency: the minimum now and, for owners and admins, a field to change it; a
 * currency PayPal adds later can be added below. Only changed rows are sent, in one request.
 */
export function PayoutMinimumsForm({ rows }: { rows: PayoutMinimum[] }) {
  const { t, i18n } = useTranslation('platform');
  const lng = i18n.language;
  const { readOnly } = usePlatformAccess();
  const save = useSetPayoutMinimums();
  const phone = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
  const initial = () => Object.fromEntries(rows.map((r) => [r.currency, formatMinorUnits(r.minMinor, r.currency)]));
  const [drafts, setDrafts] = useState<Drafts>(initial);
  const [added, setAdded] = useState<string | null>(null);
  const [addedAmount, setAddedAmount] = useState('');

  // A row added since the page loaded (or by someone else) starts from its saved value.
  const draftOf = (r: PayoutMinimum) => drafts[r.currency] ?? formatMinorUnits(r.minMinor, r.currency);
  const parsed = Object.fromEntries(rows.map((r) => [r.currency, parse(r.currency, draftOf(r))]));
  const changed = rows.filter((r) => {
    const p = parsed[r.currency]!;
    return 'minor' in p && p.minor !== r.minMinor;
  });
  const invalid = rows.some((r) => 'problem' in parsed[r.currency]!);
  const addParsed = added ? parse(added, addedAmount) : null;
  const missing = CURRENCIES.filter((c) => !rows.some((r) => r.currency === c));

  const submit = (items: { currency: string; minMinor: number }[], done: () => void) =>
    save.mutate(
      { items },
      {
        onSuccess: () => {
          done();
          notifyDone(t('minimums.saved'));
        },
      },
    );
  const errorOf = (currency: string, p: ReturnType<typeof parse> | null) =>
    p && 'problem' in p ? t(`minimums.invalid.${p.problem}`, { currency }) : undefined;

  const updated = (row: PayoutMinimum) => (row.updatedById ? formatDate(row.updatedAt, lng) : t('minimums.seeded'));
  const name = (row: PayoutMinimum) => t('minimums.inputLabel', { currency: row.currency });
  // In the table the row and column headers name the field (an aria-label). On a phone the currency is the
  // field's visible label, its full name ("Minimum in AUD") the accessible one, and the date its description.
  const minimumField = (row: PayoutMinimum, phone: boolean) =>
    readOnly ? (
      phone ? (
        <>
          <Text size="sm" fw={600}>
            {row.currency}
          </Text>
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatMoney(row.minMinor, row.currency, lng)}
          </Text>
          <Text size="xs" c="dimmed">
            {updated(row)}
          </Text>
        </>
      ) : (
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatMoney(row.minMinor, row.currency, lng)}
        </Text>
      )
    ) : (
      <MoneyInput
        currency={row.currency}
        aria-label={name(row)}
        {...(phone ? { label: row.currency, description: updated(row) } : {})}
        value={draftOf(row)}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setDrafts((d) => ({ ...d, [row.currency]: value }));
        }}
        error={errorOf(row.currency, parsed[row.currency]!)}
        maw={phone ? undefined : 200}
        miw={phone ? undefined : 130}
      />
    );

  return (
    <Stack gap="lg" maw={760}>
      {save.isError && <ErrorState error={save.error} />}
      {phone ? (
        <PayoutMinimumGrid rows={rows} caption={t('minimums.title')} field={(row) => minimumField(row, true)} />
      ) : (
        <Table.ScrollContainer minWidth={340}>
          <Table striped verticalSpacing="xs" data-testid="payout-minimums">
            <Table.Caption className="visually-hidden">{t('minimums.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('minimums.columns.currency')}</Table.Th>
                <Table.Th scope="col">{t('minimums.columns.minimum')}</Table.Th>
                <Table.Th scope="col">{t('minimums.columns.updated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.currency}>
                  <Table.Th scope="row" fw={600}>
                    {row.currency}
                  </Table.Th>
                  <Table.Td>{minimumField(row, false)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {updated(row)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!readOnly && (
        <Group>
          <Button
            disabled={changed.length === 0 || invalid}
            loading={save.isPending}
            onClick={() =>
              submit(
                changed.map((r) => ({
                  currency: r.currency,
                  minMinor: (parsed[r.currency] as { minor: number }).minor,
                })),
                () => undefined,
              )
            }
          >
            {changed.length === 0 ? t('minimums.saveNone') : t('minimums.save', { count: changed.length })}
          </Button>
          <Button variant="default" disabled={changed.length === 0} onClick={() => setDrafts(initial())}>
            {t('minimums.reset')}
          </Button>
        </Group>
      )}
      {!readOnly && (
        <SectionCard title={t('minimums.add.title')} id="add-currency-title" description={t('minimums.add.hint')}>
          <Group align="flex-start" wrap="wrap">
            <Select
              label={t('minimums.columns.currency')}
              data={missing}
              value={added}
              onChange={setAdded}
              searchable
              w={{ base: '100%', xs: 160 }}
            />
            <MoneyInput
              label={t('minimums.columns.minimum')}
              currency={added ?? ''}
              value={addedAmount}
              onChange={(e) => setAddedAmount(e.currentTarget.value)}
              error={added && addedAmount ? errorOf(added, addParsed) : undefined}
              disabled={!added}
              w={{ base: '100%', xs: 220 }}
            />
            <Button
              mt={{ base: 0, xs: 25 }}
              disabled={!added || !addParsed || !('minor' in addParsed)}
              loading={save.isPending}
              onClick={() =>
                added &&
                addParsed &&
                'minor' in addParsed &&
                submit([{ currency: added, minMinor: addParsed.minor }], () => {
                  setAdded(null);
                  setAddedAmount('');
                })
              }
            >
              {t('minimums.add.submit')}
            </Button>
          </Group>
        </SectionCard>
      )}
    </Stack>
  );
}
