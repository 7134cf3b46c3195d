import { Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSection } from './form-section';
import type { ProgramForm } from './program-form-types';

const METRICS = ['conversions', 'earnings', 'clicks'] as const;
const PERIODS = ['last_7_days', 'last_30_days', 'this_month', 'all_time'] as const;

/** Whether the program's active affiliates see a leaderboard, and what it ranks them by over which days. */
export function LeaderboardSection({ form }: { form: ProgramForm }) {
  const { t } = useTranslation('orgprograms');
  const on = form.values.leaderboardOn;
  return (
    <FormSection legend={t('form.leaderboard.legend')} hint={t('form.leaderboard.hint')}>
      <Switch
        label={t('form.leaderboard.on')}
        style={{ gridColumn: '1 / -1' }}
        {...form.getInputProps('leaderboardOn', { type: 'checkbox' })}
      />
      {on ? (
        <Select
          label={t('form.leaderboard.metric')}
          data={METRICS.map((value) => ({ value, label: t(`form.leaderboard.metrics.${value}`) }))}
          allowDeselect={false}
          {...form.getInputProps('leaderboardMetric')}
        />
      ) : null}
      {on ? (
        <Select
          label={t('form.leaderboard.period')}
          data={PERIODS.map((value) => ({ value, label: t(`form.leaderboard.periods.${value}`) }))}
          allowDeselect={false}
          {...form.getInputProps('leaderboardPeriod')}
        />
      ) : null}
    </FormSection>
  );
}
