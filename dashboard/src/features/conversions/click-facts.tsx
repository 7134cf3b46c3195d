import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SUB_KEYS } from '@contracts/sub-keys';
import { formatCountry, formatDateTime, formatUtcDay } from '@/lib/format';
import { type ConversionDetail, useOrgClick } from './queries/org-conversions';
import { useDeviceLabel } from '@/features/stats';
import { QueryState } from '@/ui/query-state';
import { Fact } from './fact';

// Only a click match stores the credited click; by coupon or customer history the id is whatever the app sent.
const CLICK_METHODS = new Set(['click_id', 'fingerprint']);

/** The click a conversion was credited through: when, where, on what device, with which sub values. */
export function ClickFacts({ orgId, detail }: { orgId: string; detail: ConversionDetail }) {
  const { t, i18n } = useTranslation('orgconversions');
  const { t: te } = useTranslation('earnings');
  const lng = i18n.language;
  const deviceLabel = useDeviceLabel();
  const method = detail.attribution?.method;
  const clickId = method && CLICK_METHODS.has(method) ? (detail.attribution?.clickId ?? null) : null;
  const query = useOrgClick(orgId, clickId);
  if (method === 'clicks')
    return (
      <Text c="dimmed">{t('explanation.click.credit', { day: formatUtcDay(detail.conversion.occurredAt, lng) })}</Text>
    );
  if (!clickId)
    return (
      <Text c="dimmed">
        {method
          ? t('explanation.click.none', { method: te(`attribution.${method}`) })
          : t('explanation.click.unattributed')}
      </Text>
    );
  return (
    <QueryState query={query}>
      {({ click }) => {
        const subs = SUB_KEYS.flatMap((key) => (click[key] ? [`${key}=${click[key]}`] : []));
        return (
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" data-testid="click-facts">
            <Fact label={t('explanation.click.clickedAt')}>{formatDateTime(click.clickedAt, lng)}</Fact>
            <Fact label={t('explanation.click.country')}>
              {click.country ? formatCountry(click.country, lng) : t('explanation.click.unknownCountry')}
            </Fact>
            <Fact label={t('explanation.click.device')}>{deviceLabel(click.deviceType)}</Fact>
            <Fact label={t('explanation.click.subs')}>
              {subs.length ? subs.join(', ') : t('explanation.click.noSubs')}
            </Fact>
            <Fact label={t('explanation.click.id')}>
              <Text span ff="monospace" size="sm">
                {click.id}
              </Text>
            </Fact>
          </SimpleGrid>
        );
      }}
    </QueryState>
  );
}
