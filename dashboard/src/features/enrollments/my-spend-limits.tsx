import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '@/lib/format';
import type { MyEnrollment } from './queries/my-programs';

/**
 * The caps of the affiliate's own group and how much of each they have used in its current period (their own
 * commission only), so a zero commission past a cap is no surprise. Nothing when the group has no caps.
 */
export function MySpendLimits({ limits }: { limits: MyEnrollment['group']['spendLimits'] }) {
  const { t, i18n } = useTranslation('groups');
  if (limits.length === 0) return null;
  const lang = i18n.language;
  return (
    <Stack gap="xs" data-testid="my-spend-limits">
      <Text fw={600} size="sm">
        {t('mine.limits.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('mine.limits.intro')}
      </Text>
      {limits.map((l) => {
        const max = formatMoney(l.maxMinor, l.currency, lang);
        const used = Math.min(100, l.maxMinor > 0 ? (l.earnedMinor / l.maxMinor) * 100 : 100);
        const label = t(`terms.limit.${l.period}`, { amount: max });
        return (
          <Stack gap={4} key={`${l.period}:${l.currency}`}>
            <Text size="sm">{t('mine.limits.cap', { limit: label })}</Text>
            <Progress
              value={used}
              color={used >= 100 ? 'red' : 'blue'}
              aria-label={t('mine.limits.used', {
                earned: formatMoney(l.earnedMinor, l.currency, lang),
                max,
              })}
            />
            <Text size="xs" c="dimmed">
              {t('mine.limits.used', { earned: formatMoney(l.earnedMinor, l.currency, lang), max })}
              {l.periodEnd ? ` · ${t('mine.limits.resets', { at: formatDateTime(l.periodEnd, lang) })}` : ''}
            </Text>
          </Stack>
        );
      })}
    </Stack>
  );
}
