import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import type { AffiliateHome } from './queries/affiliate-home';
import { DeltaText } from '@/features/stats';
import { StatCard } from '@/features/stats';

/**
 * Per currency: earned to date, this month against last month, on hold and approved. Currencies never add up.
 * Earned counts every level, the affiliate's own traffic and its recruits' (upline) alike, as Balances do.
 */
export function MoneyCards({ money }: { money: AffiliateHome['money'] }) {
  const { t, i18n } = useTranslation('home');
  const lng = i18n.language;
  return money.map((m) => (
    <section
      key={m.currency}
      aria-label={t('money.label', { currency: m.currency })}
      data-testid={`money-${m.currency}`}
    >
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" mb="md">
        <StatCard
          testId="card-earned"
          label={t('money.earned', { currency: m.currency })}
          value={formatMoney(m.earnedMinor, m.currency, lng)}
          delta={
            <Text size="sm" c="dimmed">
              {t('money.paid', { amount: formatMoney(m.paidMinor, m.currency, lng) })}
            </Text>
          }
        />
        <StatCard
          testId="card-month"
          label={t('money.thisMonth')}
          value={formatMoney(m.thisMonthMinor, m.currency, lng)}
          delta={
            <>
              <DeltaText
                current={m.thisMonthMinor}
                previous={m.lastMonthMinor}
                format={(minor) => formatMoney(minor, m.currency, lng)}
              />
              <Text size="xs" c="dimmed">
                {t('money.lastMonth', { amount: formatMoney(m.lastMonthMinor, m.currency, lng) })}
              </Text>
              {/* Recruits' commissions are in the month's figure; said apart, as the Stats page's cards say them. */}
              {(m.thisMonthRecruitsMinor !== 0 || m.lastMonthRecruitsMinor !== 0) && (
                <Text size="xs" c="dimmed" data-testid="month-split">
                  {t('money.split', {
                    own: formatMoney(m.thisMonthMinor - m.thisMonthRecruitsMinor, m.currency, lng),
                    recruits: formatMoney(m.thisMonthRecruitsMinor, m.currency, lng),
                  })}
                </Text>
              )}
            </>
          }
        />
        <StatCard
          testId="card-hold"
          label={t('money.hold')}
          value={formatMoney(m.holdMinor, m.currency, lng)}
          delta={null}
        />
        <StatCard
          testId="card-approved"
          label={t('money.approved')}
          value={formatMoney(m.approvedMinor, m.currency, lng)}
          delta={
            m.inPayoutMinor > 0 ? (
              <Text size="sm" c="dimmed">
                {t('money.inPayout', { amount: formatMoney(m.inPayoutMinor, m.currency, lng) })}
              </Text>
            ) : null
          }
        />
      </SimpleGrid>
    </section>
  ));
}
