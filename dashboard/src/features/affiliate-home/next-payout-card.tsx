import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney, formatPercent } from '@/lib/format';
import type { AffiliateHome } from './queries/affiliate-home';
import { useMe } from '@/features/accounts';
import { SectionCard } from '@/ui/section-card';

type Payout = AffiliateHome['payouts'][number];

/** The next payout per advertiser and currency: when the proposal takes it, or how far the minimum is. */
export function NextPayoutCard({ payouts }: { payouts: Payout[] }) {
  const { t } = useTranslation('home');
  const shown = payouts.filter((p) => p.state !== 'nothing');
  return (
    <SectionCard title={t('payout.title')} id="next-payout" data-testid="next-payout">
      {shown.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('payout.none')}
        </Text>
      ) : (
        <Stack gap="md">
          {shown.map((p) => (
            <PayoutLine key={`${p.organizationId}:${p.currency}`} payout={p} many={shown.length > 1} />
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}

function PayoutLine({ payout: p, many }: { payout: Payout; many: boolean }) {
  const { t, i18n } = useTranslation('home');
  const { t: tMethods } = useTranslation('payoutmethods');
  const lng = i18n.language;
  const me = useMe();
  const advertiser = me.affiliateContexts.find((c) => c.organizationId === p.organizationId)?.name;
  const money = (minor: number) => formatMoney(minor, p.currency, lng);
  const minimum = p.payoutMinimumMinor ?? 0;
  const ratio = minimum > 0 ? Math.min(Math.max(p.availableMinor, 0) / minimum, 1) : 1;
  const sentence = {
    in_payout: t('payout.inPayout', { amount: money(p.amountMinor) }),
    // No date: no scheduled run takes it (manual schedules, a threshold not reached).
    scheduled: p.expectedAt
      ? t('payout.scheduled', { amount: money(p.amountMinor), date: formatDateTime(p.expectedAt, lng) })
      : t('payout.scheduledUndated', { amount: money(p.amountMinor) }),
    // PayPal's own step (a verified email) in its words; any other rail by its name.
    needs_payout_method:
      p.rail === null || p.rail === 'paypal'
        ? t('payout.needsPaypal', { amount: money(p.amountMinor) })
        : t('payout.needsMethod', {
            amount: money(p.amountMinor),
            rail: tMethods(`rail.${p.rail}.name`),
          }),
    below_minimum: t('payout.belowMinimum', { left: money(p.shortfallMinor), minimum: money(minimum) }),
    not_paid_out: t('payout.notPaidOut', { currency: p.currency }),
    nothing: '',
  }[p.state];
  return (
    <Stack gap={6} data-testid={`payout-${p.currency}`}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={600} size="sm">
          {many && advertiser ? `${advertiser} · ${p.currency}` : p.currency}
        </Text>
        <Text fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {money(p.state === 'below_minimum' ? p.availableMinor : p.amountMinor)}
        </Text>
      </Group>
      <Text
        size="sm"
        c={p.state === 'scheduled' || p.state === 'in_payout' ? 'teal.9' : 'dimmed'}
        data-testid="payout-state"
      >
        {sentence}
      </Text>
      {p.payoutMinimumMinor !== null && p.state !== 'in_payout' && (
        <Progress
          value={ratio * 100}
          color={ratio >= 1 ? 'teal' : undefined}
          size="md"
          aria-label={t('payout.progress', { percent: formatPercent(ratio, lng, 0) })}
        />
      )}
    </Stack>
  );
}
