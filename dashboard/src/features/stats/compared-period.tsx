import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dateTimeFormat } from '@/lib/format';

export type PreviousPeriod = { from: string; to: string; partial: boolean };

const HOUR_MS = 3_600_000;

/**
 * The period the changes are measured against, on the report's clock: "Nov 23, 00:00–15:00" for a running
 * period cut to the same hours (the API's like-for-like rule), "Nov 16 – Nov 22" for whole days.
 */
export function comparedPeriodText(period: PreviousPeriod, timeZone: string, locale: string): string {
  const day = dateTimeFormat(locale, { timeZone, month: 'short', day: 'numeric' });
  const time = dateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const from = new Date(period.from);
  const to = new Date(period.to);
  if (period.partial) {
    // The end is exclusive: a cut at midnight reads 24:00 of the day before, not 00:00 of the next.
    const last = new Date(to.getTime() - HOUR_MS);
    const endTime = time.format(to) === '00:00' ? '24:00' : time.format(to);
    return day.format(from) === day.format(last)
      ? `${day.format(from)}, ${time.format(from)}–${endTime}`
      : `${day.format(from)} ${time.format(from)} – ${day.format(last)} ${endTime}`;
  }
  const lastDay = day.format(new Date(to.getTime() - 1));
  return day.format(from) === lastDay ? lastDay : `${day.format(from)} – ${lastDay}`;
}

/** One line under a headline saying what its changes compare with. */
export function ComparedPeriod({ period, timeZone }: { period: PreviousPeriod | null; timeZone: string }) {
  const { t, i18n } = useTranslation('earnings');
  if (!period) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="compared-period">
      {
        // A Russian date ends in an abbreviation ("25 окт."): the sentence's own full stop is not doubled.
        t(period.partial ? 'stats.comparedPartial' : 'stats.compared', {
          period: comparedPeriodText(period, timeZone, i18n.language),
        }).replace(/\.\.$/, '.')
      }
    </Text>
  );
}
