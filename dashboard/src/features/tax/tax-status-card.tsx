import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCountry, formatDate, formatMoney, formatPercent } from '@/lib/format';
import { downloadMyTaxForm, type MyTaxStatus } from './queries/tax';
import { DownloadButton } from '@/ui/download-button';
import { SectionCard } from '@/ui/section-card';

const masked = (tinType: string, last4: string) => (tinType === 'foreign' ? `••••${last4}` : `•••-••-${last4}`);

/** What the advertiser asks for, the form on file (never its full tax id) and the payouts held for want of one. */
export function TaxStatusCard({
  orgId,
  status,
  advertiser,
}: {
  orgId: string;
  status: MyTaxStatus;
  advertiser: string;
}) {
  const { t, i18n } = useTranslation('tax');
  const lang = i18n.language;
  const { form } = status;
  const threshold =
    status.thresholdMinor !== null && status.thresholdCurrency
      ? formatMoney(status.thresholdMinor, status.thresholdCurrency, lang)
      : '';
  return (
    <SectionCard
      title={t('mine.statusTitle')}
      actions={
        <Badge
          color={form ? 'teal' : status.formRequirement === 'never' ? 'gray' : 'red'}
          variant="light"
          data-testid="tax-status-badge"
        >
          {form ? t('mine.onFile') : t('mine.missing')}
        </Badge>
      }
      data-testid="tax-status"
    >
      <Stack gap="sm">
        <Text size="sm">{t(`requirement.${status.formRequirement}`, { advertiser, amount: threshold })}</Text>
        {form ? (
          <Stack gap={4}>
            <Text size="sm">
              {t('mine.formOnFile', {
                kind: t(`kind.${form.kind}`),
                name: form.signatureName,
                date: formatDate(form.signedAt, lang),
              })}
            </Text>
            {form.organizationId === null && (
              <Text size="sm" c="dimmed">
                {t('mine.sharedForm')}
              </Text>
            )}
            <Text size="sm" data-testid="tax-tin-masked">
              {t('mine.tinOnFile', { tin: masked(form.tinType, form.tinLast4) })}
            </Text>
            {form.treatyCountry && form.treatyRateBps !== null && (
              <Text size="sm">
                {t('mine.treaty', {
                  country: formatCountry(form.treatyCountry, lang),
                  rate: formatPercent(form.treatyRateBps / 10_000, lang, 2),
                })}
              </Text>
            )}
            <Group mt="xs">
              <DownloadButton
                label={t('mine.downloadForm')}
                fallbackName={`tax-form-${form.kind}.pdf`}
                testId="tax-form-pdf"
                fetchFile={() => downloadMyTaxForm(orgId, form.id)}
              />
            </Group>
          </Stack>
        ) : (
          <Text size="sm">{t('mine.noForm')}</Text>
        )}
        {status.holds.length > 0 ? (
          <Stack gap={4} data-testid="tax-holds">
            <Text size="sm" fw={600} c="red.8">
              {t('mine.holdsTitle')}
            </Text>
            {status.holds.map((hold) => (
              <Text size="sm" key={hold.currency}>
                {t('mine.holdLine', { amount: formatMoney(hold.amountMinor, hold.currency, lang) })}
              </Text>
            ))}
          </Stack>
        ) : (
          status.formRequirement !== 'never' && (
            <Text size="sm" c="dimmed">
              {t('mine.noHolds')}
            </Text>
          )
        )}
      </Stack>
    </SectionCard>
  );
}
