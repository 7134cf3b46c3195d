import { Badge, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MyPayoutMethods } from '@/queries/payout-methods';

type Offer = MyPayoutMethods['rails'][number];

/** "2 % (at most 20.00 USD)" / "0.25 % + 0.25": the rail's list price as the advertiser pays it. */
function feeText(offer: Offer, t: TFunction<'payoutmethods'>, locale: string) {
  const number = (n: number, digits: number) =>
    n.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: 2 });
  const percent = t('fee.percent', { value: number(offer.fee.bps / 100, 0) });
  const fixed =
    offer.fee.fixedMinor > 0 ? ` + ${t('fee.fixed', { value: number(offer.fee.fixedMinor / 100, 2) })}` : '';
  const cap =
    offer.fee.capMinor !== null
      ? ` ${t('fee.cap', { value: number(offer.fee.capMinor / 100, 2), currency: offer.fee.capCurrency })}`
      : '';
  return `${percent}${fixed}${cap}`;
}

/** One rail as a choice: what it needs, what it costs, which currencies, and why it is unavailable if it is. */
export function RailCard({ offer, paypalEmail }: { offer: Offer; paypalEmail: string | null }) {
  const { t, i18n } = useTranslation('payoutmethods');
  const unavailable = !offer.servesCountry ? 'country' : !offer.enabled ? 'advertiser' : null;
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
              {offer.rail === 'paypal'
                ? paypalEmail
                  ? t('rail.paypal.needsHave', { email: paypalEmail })
                  : t('rail.paypal.needsMissing')
                : t('rail.stripe.needs')}
            </Text>
            <Text size="sm">
              <Text span fw={500}>
                {t('costs')}:
              </Text>{' '}
              {t('costsText', { fee: feeText(offer, t, i18n.language) })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('currencies', { list: offer.currencies.join(', ') })}
            </Text>
          </Stack>
        }
      />
    </Paper>
  );
}
