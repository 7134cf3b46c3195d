import { Select } from '@mantine/core';
import { ExactNumberInput } from '@/ui/exact-number-input';
import { useTranslation } from 'react-i18next';
import { RecurringMode } from '@schema/enums';
import { FormSection } from './form-section';
import { LevelRates } from './level-rates';
import { PercentInput } from '@/ui/percent-input';
import type { ProgramForm } from './program-form-types';

/**
 * Rebills of subscriptions (none, for some months, for life), the money-back window in which a
 * cancellation voids the sale, and the referral levels above an affiliate.
 */
export function RecurringSection({ form, readOnly }: { form: ProgramForm; readOnly?: boolean | undefined }) {
  const { t } = useTranslation('orgprograms');
  const mode = form.values.recurringMode;
  return (
    <FormSection legend={t('form.recurring.legend')}>
      <Select
        label={t('form.recurring.mode')}
        data={RecurringMode.map((value) => ({ value, label: t(`recurring.${value}`) }))}
        allowDeselect={false}
        {...form.getInputProps('recurringMode')}
      />
      {mode === 'months' && (
        <ExactNumberInput
          label={t('form.recurring.months')}
          min={1}
          max={1200}
          required
          {...form.getInputProps('recurringMonths')}
        />
      )}
      {mode !== 'none' && (
        <PercentInput
          label={t('form.recurring.rate')}
          description={t('form.recurring.rateHint')}
          {...form.getInputProps('recurringRatePercent')}
        />
      )}
      <ExactNumberInput
        label={t('form.recurring.cancelVoidsWithinDays')}
        description={t('form.recurring.cancelVoidsWithinDaysHint')}
        placeholder={t('form.recurring.cancelVoidsOff')}
        min={1}
        max={3650}
        {...form.getInputProps('cancelVoidsWithinDays')}
      />
      <LevelRates form={form} readOnly={readOnly} />
    </FormSection>
  );
}
