import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import type { MyEnrollment } from '@/features/enrollments';

/** "Your referrals get 20 % off for 3 months with code ALICE20": what the affiliate's audience gets. */
export function DiscountLine({ discount, code }: { discount: NonNullable<MyEnrollment['discount']>; code: string }) {
  const { t, i18n } = useTranslation('programs');
  const off =
    discount.type === 'percent'
      ? new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 2 }).format(
          discount.percentBps / 10_000,
        )
      : formatMoney(discount.amountMinor, discount.currency, i18n.language);
  const duration =
    discount.duration === 'once'
      ? t('program.discountOnce')
      : discount.duration === 'forever'
        ? t('program.discountForever')
        : t('program.discountMonths', { count: discount.durationMonths ?? 1 });
  return (
    <Text fw={500} data-testid="discount-line">
      {t('program.discountLine', { off, duration, code })}
    </Text>
  );
}
