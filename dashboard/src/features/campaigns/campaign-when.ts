import type { TFunction } from 'i18next';
import { formatDateTime } from '@/lib/format';
import type { Campaign } from './queries/campaigns';

/** One line: when a campaign goes or went out, or what fires it. */
export function campaignWhen(c: Campaign, t: TFunction<'campaigns'>, lng: string): string {
  if (c.trigger) return t(`trigger.${c.trigger}`, { count: c.triggerDays ?? 0 });
  if (c.status === 'scheduled' && c.scheduledAt) return t('when.scheduled', { at: formatDateTime(c.scheduledAt, lng) });
  if (c.startedAt) return t('when.sent', { at: formatDateTime(c.startedAt, lng) });
  return t('when.draft');
}
