import { Button, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { PayoutRail } from '@schema/enums';
import { IconCheck } from '@tabler/icons-react';
import { formatMinorUnits } from '@domain/format-minor-units';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import type { RailFee } from './queries/rail-fees';
import { ErrorState } from '@/ui/error-state';
import { CURRENCIES, minorOf } from '@/features/programs';

type Draft = { own: boolean; percent: string; fixed: string; cap: string; capCurrency: string | null };

/** Each rail's fee, or null where the rail follows what applies without one. */
export type RailFeeChoice = Record<PayoutRail, RailFee | null>;

const draftOf = (fee: RailFee, own: boolean): Draft => ({
  own,
  // Basis points shown as a percent with two decimals ("1.50"), typed back the same way: hundredths are integers.
  percent: formatMinorUnits(fee.bps, 'USD'),
  // Money typed as money: the fixed part in the item's currency (two decimals), the cap in its own currency.
  fixed: formatMinorUnits(fee.fixedMinor, 'USD'),
  cap: fee.capMinor === null ? '' : formatMinorUnits(fee.capMinor, fee.capCurrency ?? 'USD'),
  capCurrency: fee.capCurrency,
});

/** The fixed part is in whatever currency each item is: typed with two decimals, kept in minor units. */
const fixedOf = (typed: string): number | null => minorOf(typed, 'USD');
const capOf = (d: Draft): number | null => minorOf(d.cap, d.capCurrency ?? 'USD');

/** The typed fee as integers (basis points, minor units), or null when a field is not valid. */
function railFeeOf(d: Draft): RailFee | null {
  const bps = minorOf(d.percent, 'USD');
  const fixedMinor = fixedOf(d.fixed);
  const capMinor = d.cap.trim() === '' ? null : capOf(d);
  if (bps === null || bps > 10_000 || fixedMinor === null || fixedMinor > 1_000_000) return null;
  if (d.cap.trim() !== '' && (capMinor === null || capMinor < 1 || capMinor > 1_000_000 || !d.capCurrency)) return null;
  return { bps, fixedMinor, capMinor, capCurrency: capMinor === null ? null : d.capCurrency };
}

/** A fee in words, money as money: "2.00 %, at most $20.00 on USD items" / "0.25 % + 0.25 in the item's currency, no cap". */
export function useDescribeRailFee(): (fee: RailFee) => string {
  const { t, i18n } = useTranslation('orgstripe');
  return (fee) =>
    t('fees.text', {
      percent: formatMinorUnits(fee.bps, 'USD'),
      fixed: fee.fixedMinor > 0 ? t('fees.fixedPart', { amount: formatMinorUnits(fee.fixedMinor, 'USD') }) : '',
      cap:
        fee.capMinor === null || !fee.capCurrency
          ? t('fees.noCap')
          : t('fees.cap', {
              cap: formatMoney(fee.capMinor, fee.capCurrency, i18n.language),
              currency: fee.capCurrency,
            }),
    });
}

/** What a saving mutation tells the form (a react-query mutation fits). */
interface SaveState {
  isPending: boolean;
  isError: boolean;
  isSuccess: boolean;
  error: unknown;
}

/**
 * The per-rail fee form of both places that set one: an organization's own fees (each rail falls back to the
 * platform's default) and the platform's default (each rail falls back to the list price). Per rail a switch
 * sets a fee of its own; off, the rail follows `fallback`, whose fee the switch describes. `onSave` gets each
 * rail's fee, or null for a rail switched off.
 */
export function RailFeesForm({
  current,
  fallback,
  ownLabel,
  ownHint,
  fallbackHint,
  save,
  onSave,
}: {
  current: RailFeeChoice;
  fallback: Record<PayoutRail, RailFee>;
  /** The switch's label, given the rail's name. */
  ownLabel: (rail: string) => string;
  /** The switch's description while on, and while off (given the fallback's fee in words). */
  ownHint: string;
  fallbackHint: (fee: string) => string;
  save: SaveState;
  onSave: (fees: RailFeeChoice) => void;
}) {
  const { t } = useTranslation('orgstripe');
  const describe = useDescribeRailFee();
  const [drafts, setDrafts] = useState(
    () =>
      Object.fromEntries(
        PayoutRail.map((rail) => [rail, draftOf(current[rail] ?? fallback[rail], current[rail] !== null)]),
      ) as Record<PayoutRail, Draft>,
  );
  const set = (rail: PayoutRail, patch: Partial<Draft>) =>
    setDrafts((d) => ({ ...d, [rail]: { ...d[rail], ...patch } }));
  const parsed = Object.fromEntries(PayoutRail.map((rail) => [rail, railFeeOf(drafts[rail])])) as RailFeeChoice;
  const invalid = PayoutRail.some((rail) => drafts[rail].own && parsed[rail] === null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    onSave(
      Object.fromEntries(PayoutRail.map((rail) => [rail, drafts[rail].own ? parsed[rail] : null])) as RailFeeChoice,
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {PayoutRail.map((rail) => {
          const d = drafts[rail];
          return (
            <Stack key={rail} gap="xs" data-testid={`rail-fee-${rail}`}>
              <Switch
                label={ownLabel(t(`fees.rail.${rail}`))}
                description={d.own ? ownHint : fallbackHint(describe(fallback[rail]))}
                checked={d.own}
                onChange={(e) => set(rail, { own: e.currentTarget.checked })}
              />
              {d.own && (
                // Bottom-aligned: a label that wraps (the fixed part's, in Russian too) keeps the inputs in one line.
                <Group align="flex-end" wrap="wrap" gap="sm">
                  <TextInput
                    label={t('fees.percent')}
                    inputMode="decimal"
                    value={d.percent}
                    onChange={(e) => set(rail, { percent: e.currentTarget.value })}
                    error={minorOf(d.percent, 'USD') === null ? t('fees.percentInvalid') : undefined}
                    w={140}
                  />
                  <TextInput
                    label={t('fees.fixed')}
                    inputMode="numeric"
                    value={d.fixed}
                    onChange={(e) => set(rail, { fixed: e.currentTarget.value })}
                    error={fixedOf(d.fixed) === null ? t('fees.amountInvalid') : undefined}
                    w={180}
                  />
                  <TextInput
                    label={t('fees.capLabel')}
                    inputMode="numeric"
                    value={d.cap}
                    onChange={(e) => set(rail, { cap: e.currentTarget.value })}
                    error={d.cap.trim() !== '' && capOf(d) === null ? t('fees.amountInvalid') : undefined}
                    w={180}
                  />
                  <Select
                    label={t('fees.capCurrency')}
                    data={CURRENCIES}
                    value={d.capCurrency}
                    onChange={(v) => set(rail, { capCurrency: v })}
                    disabled={d.cap.trim() === ''}
                    searchable
                    w={150}
                  />
                </Group>
              )}
            </Stack>
          );
        })}
        {save.isError && <ErrorState error={save.error} />}
        {save.isSuccess && !save.isPending && (
          // The body colour with a check: teal text is under 4.5:1 on a white card.
          <Group gap={6} role="status">
            <IconCheck size={16} aria-hidden />
            <Text size="sm">{t('fees.saved')}</Text>
          </Group>
        )}
        <Group>
          <Button type="submit" disabled={invalid} loading={save.isPending}>
            {t('fees.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
