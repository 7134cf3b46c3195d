import { Badge, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import type { MyPayoutMethods } from './queries/payout-methods';
import { RAIL_UI } from './rail-ui';

type Offer = Omit<MyPayoutMethods['rails'][number], 'servesCountry'> & { servesCountry: boolean | null };

/**
 * "2 % (at most $20.00 on USD payouts)" / "0.25 % + $0.25": the rail's list price as the advertiser pays it. The
 * server gives it in USD terms (a fixed part is charged in each payout's own currency), so it reads as dollars.
 */
function feeText(offer: Offer, t: TFunction<'payoutmethods'>, locale: string) {
  const percent = t('fee.percent', {
    value: (offer.fee.bps / 100).toLocaleString(locale, { maximumFractionDigits: 2 }),
  });
  const fixed =
    offer.fee.fixedMinor > 0 ? ` + ${t('fee.fixed', { value: formatMoney(offer.fee.fixedMinor, 'USD', locale) })}` : '';
  const cap =
    offer.fee.capMinor !== null && offer.fee.capCurrency
      ? ` ${t('fee.cap', { value: formatMoney(offer.fee.capMinor, offer.fee.capCurrency, locale), currency: offer.fee.capCurrency })}`
      : '';
  return `${percent}${fixed}${cap}`;
}

/** One rail as a choice: what it needs, what it costs, which currencies, and why it is unavailable if it is. */
export function RailCard({ orgId, offer, view }: { orgId: string; offer: Offer; view: MyPayoutMethods }) {
  const { t, i18n } = useTranslation('payoutmethods');
  // servesCountry is null until a country is chosen: nothing is "not in this country" yet.
  const unavailable = offer.servesCountry === false ? 'country' : !offer.enabled ? 'advertiser' : null;
  const Extra = RAIL_UI[offer.rail].Offer;
  return (
    <Paper withBorder p="md" radius="md" data-testid={`rail-${offer.rail}`}>
      <Radio
        value={offer.rail}
        disabled={unavailable !== null}
        label={
          <Group gap="xs">
            <Text fw={600}>{t(`rail.${offer.rail}.name`)}</Text>
            {unavailable && (
              <Badge color="gray" variant="light">
                {t(`unavailable.${unavailable}`)}
              </Badge>
            )}
          </Group>
        }
        description={
          <Stack gap={4} mt={4}>
            <Text size="sm">{t(`rail.${offer.rail}.what`)}</Text>
            <Text size="sm">
              <Text span fw={500}>
                {t('needs')}:
              </Text>{' '}
              {RAIL_UI[offer.rail].needs(view, t)}
            </Text>
            <Text size="sm">
              <Text span fw={500}>
                {t('costs')}:
              </Text>{' '}
              {t('costsText', { fee: feeText(offer, t, i18n.language) })}
            </Text>
            {Extra && offer.enabled && <Extra orgId={orgId} />}
            <Text size="xs" c="dimmed">
              {t('currencies', { list: offer.currencies.join(', ') })}
            </Text>
          </Stack>
        }
      />
    </Paper>
  );
}
