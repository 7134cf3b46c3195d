import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { ConversionDetail } from './queries/org-conversions';
import { StatusBadge } from '@/ui/status-badge';
import { MoneyText } from '@/ui/money-text';
import { AttributionPath } from './attribution-path';
import { ClickFacts } from './click-facts';
import { CommissionLines } from './commission-lines';
import { ExplanationSection } from './explanation-section';
import { Fact } from './fact';
import { FraudFlags } from './fraud-flags';
import { LinePayouts } from './line-payouts';

/** Click → event → attribution path → commission lines → payout, one card each. */
export function ConversionExplanation({ orgId, detail }: { orgId: string; detail: ConversionDetail }) {
  const { t, i18n } = useTranslation('orgconversions');
  const { t: te } = useTranslation('earnings');
  const lng = i18n.language;
  const { conversion: c, attribution, review } = detail;
  const mono = (value: string | null) =>
    value ? (
      <Text span ff="monospace" size="sm">
        {value}
      </Text>
    ) : (
      '—'
    );
  return (
    <div data-testid="conversion-explanation">
      <ExplanationSection title={t('explanation.click.title')}>
        <ClickFacts orgId={orgId} detail={detail} />
      </ExplanationSection>
      <ExplanationSection title={t('explanation.event.title')} testId="event-facts">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <Fact label={t('explanation.event.type')}>{te(`eventTypes.${c.type}`)}</Fact>
          <Fact label={t('explanation.event.amount')}>
            {c.currency ? <MoneyText minor={c.amountMinor} currency={c.currency} /> : '—'}
          </Fact>
          <Fact label={t('explanation.event.status')}>
            <StatusBadge status={c.status} />
          </Fact>
          <Fact label={t('explanation.event.affiliate')}>{attribution?.affiliateEmail ?? t('conversions.nobody')}</Fact>
          <Fact label={t('explanation.event.occurredAt')}>{formatDateTime(c.occurredAt, lng)}</Fact>
          <Fact label={t('explanation.event.receivedAt')}>{formatDateTime(c.receivedAt, lng)}</Fact>
          <Fact label={t('explanation.event.source')}>{t(`sources.${c.source}`)}</Fact>
          <Fact label={t('explanation.event.eventId')}>{mono(c.eventId)}</Fact>
          <Fact label={t('explanation.event.orderId')}>{mono(c.orderId)}</Fact>
          <Fact label={t('explanation.event.customerId')}>{mono(c.externalCustomerId)}</Fact>
          <Fact label={t('explanation.event.coupon')}>{mono(c.couponCode)}</Fact>
          <Fact label={t('explanation.event.signals')}>
            <FraudFlags flags={c.fraudFlags} />
          </Fact>
          {c.rejectReason && <Fact label={t('explanation.event.rejectReason')}>{c.rejectReason}</Fact>}
          {review.reviewer && <Fact label={t('explanation.event.reviewedBy')}>{review.reviewer.email}</Fact>}
          {review.reviewedAt && (
            <Fact label={t('explanation.event.reviewedAt')}>{formatDateTime(review.reviewedAt, lng)}</Fact>
          )}
        </SimpleGrid>
      </ExplanationSection>
      <ExplanationSection title={t('explanation.path.title')}>
        <AttributionPath steps={detail.attributionTrace} />
      </ExplanationSection>
      <ExplanationSection title={t('explanation.lines.title')}>
        <CommissionLines detail={detail} />
      </ExplanationSection>
      <ExplanationSection title={t('explanation.payout.title')}>
        <LinePayouts detail={detail} />
      </ExplanationSection>
    </div>
  );
}
