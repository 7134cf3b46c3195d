import { Button, Group, Paper, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { PayoutRail } from '@schema/enums';
import { IconCheck } from '@tabler/icons-react';
import { formatMinorUnits } from '@domain/format-minor-units';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrgRailFees, type RailFee, type SetOrgRailFees, useSetRailFees } from '@/queries/rail-fees';
import { ErrorState } from '../error-state';
import { CURRENCIES, minorOf } from '../org-programs/program-form-values';
import { ReadOnlyFields } from '../read-only-fields';

type Draft = { own: boolean; percent: string; fixed: string; cap: string; capCurrency: string | null };

const draftOf = (fee: RailFee, own: boolean): Draft => ({
  own,
  // Basis points shown as a percent with two decimals ("1.50"), typed back the same way: hundredths are integers.
  percent: formatMinorUnits(fee.bps, 'USD'),
  fixed: String(fee.fixedMinor),
  cap: fee.capMinor === null ? '' : String(fee.capMinor),
  capCurrency: fee.capCurrency,
});

const wholeOf = (typed: string): number | null => (/^\d{1,7}$/.test(typed.trim()) ? Number(typed.trim()) : null);

/** The typed fee as integers (basis points, minor units), or null when a field is not valid. */
export function railFeeOf(d: Draft): RailFee | null {
  const bps = minorOf(d.percent, 'USD');
  const fixedMinor = wholeOf(d.fixed);
  const capMinor = d.cap.trim() === '' ? null : wholeOf(d.cap);
  if (bps === null || bps > 10_000 || fixedMinor === null || fixedMinor > 1_000_000) return null;
  if (d.cap.trim() !== '' && (capMinor === null || capMinor < 1 || capMinor > 1_000_000 || !d.capCurrency)) return null;
  return { bps, fixedMinor, capMinor, capCurrency: capMinor === null ? null : d.capCurrency };
}

/**
 * What each rail costs the organization per item, charged on top of the affiliate's amount: its own contract's
 * fee, or the platform's default. Owners change it; finance and support read it. Proposals use it from then on.
 */
export function RailFeesCard({ orgId, fees, canEdit }: { orgId: string; fees: OrgRailFees; canEdit: boolean }) {
  const { t } = useTranslation('orgstripe');
  const save = useSetRailFees(orgId);
  const initial = () =>
    Object.fromEntries(
      PayoutRail.map((rail) => [rail, draftOf(fees.fees[rail], fees.source[rail] === 'organization')]),
    ) as Record<PayoutRail, Draft>;
  const [drafts, setDrafts] = useState(initial);
  const set = (rail: PayoutRail, patch: Partial<Draft>) =>
    setDrafts((d) => ({ ...d, [rail]: { ...d[rail], ...patch } }));
  const parsed = Object.fromEntries(PayoutRail.map((rail) => [rail, railFeeOf(drafts[rail])])) as Record<
    PayoutRail,
    RailFee | null
  >;
  const invalid = PayoutRail.some((rail) => drafts[rail].own && parsed[rail] === null);
  const describe = (fee: RailFee) =>
    t('fees.text', {
      percent: formatMinorUnits(fee.bps, 'USD'),
      fixed: fee.fixedMinor,
      cap: fee.capMinor === null ? t('fees.noCap') : t('fees.cap', { cap: fee.capMinor, currency: fee.capCurrency }),
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    // The generated type reads a nullable component reference as never-null; the API takes null (the default).
    save.mutate({
      paypal: drafts.paypal.own ? parsed.paypal : null,
      stripe: drafts.stripe.own ? parsed.stripe : null,
    } as SetOrgRailFees);
  };

  return (
    <Paper withBorder radius="md" p="lg" maw={760} mt="lg" data-testid="rail-fees">
      <Stack gap="md">
        <div>
          <Title order={2} fz="h4">
            {t('fees.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('fees.description')}
          </Text>
        </div>
        {!canEdit ? (
          <ReadOnlyFields
            fields={PayoutRail.map((rail) => ({
              label: t(`fees.rail.${rail}`),
              description: t(`fees.source.${fees.source[rail]}`),
              value: describe(fees.fees[rail]),
            }))}
          />
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="lg">
              {PayoutRail.map((rail) => {
                const d = drafts[rail];
                return (
                  <Stack key={rail} gap="xs" data-testid={`rail-fee-${rail}`}>
                    <Switch
                      label={t('fees.own', { rail: t(`fees.rail.${rail}`) })}
                      description={
                        d.own
                          ? t('fees.source.organization')
                          : t('fees.default', { fee: describe(fees.defaults[rail]) })
                      }
                      checked={d.own}
                      onChange={(e) => set(rail, { own: e.currentTarget.checked })}
                    />
                    {d.own && (
                      <Group align="flex-start" wrap="wrap" gap="sm">
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
                          error={wholeOf(d.fixed) === null ? t('fees.wholeInvalid') : undefined}
                          w={180}
                        />
                        <TextInput
                          label={t('fees.capLabel')}
                          inputMode="numeric"
                          value={d.cap}
                          onChange={(e) => set(rail, { cap: e.currentTarget.value })}
                          error={d.cap.trim() !== '' && wholeOf(d.cap) === null ? t('fees.wholeInvalid') : undefined}
                          w={180}
                        />
                        <Select
                          label={t('fees.capCurrency')}
                          data={CURRENCIES}
                          value={d.capCurrency}
                          onChange={(v) => set(rail, { capCurrency: v })}
                          disabled={d.cap.trim() === ''}
                          searchable
                          w={120}
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
        )}
      </Stack>
    </Paper>
  );
}
