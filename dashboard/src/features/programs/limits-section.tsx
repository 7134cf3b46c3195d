import { TagsInput } from '@mantine/core';
import { ExactNumberInput } from '@/ui/exact-number-input';
import { useTranslation } from 'react-i18next';
import { FormSection } from './form-section';
import type { ProgramForm } from './program-form-types';
import { CAP_FIELDS } from './program-form-values';

/** Traffic caps (blank: unlimited), the fraud thresholds and the addresses S2S postbacks may come from. */
export function LimitsSection({ form }: { form: ProgramForm }) {
  const { t } = useTranslation('orgprograms');
  return (
    <FormSection legend={t('form.limits.legend')} hint={t('form.limits.hint')}>
      {CAP_FIELDS.map((field) => (
        <ExactNumberInput
          key={field}
          label={t(`form.limits.${field}`)}
          placeholder={t('form.limits.unlimited')}
          min={0}
          thousandSeparator=" "
          {...form.getInputProps(field)}
        />
      ))}
      <ExactNumberInput
        label={t('form.limits.fraudMaxConversionsPerIpHour')}
        description={t('form.limits.fraudMaxConversionsPerIpHourHint')}
        min={1}
        max={1_000_000}
        {...form.getInputProps('fraudMaxConversionsPerIpHour')}
      />
      <ExactNumberInput
        label={t('form.limits.fraudMinSecondsAfterClick')}
        description={t('form.limits.fraudMinSecondsAfterClickHint')}
        min={0}
        max={86_400}
        {...form.getInputProps('fraudMinSecondsAfterClick')}
      />
      <TagsInput
        label={t('form.limits.postbackAllowedIps')}
        description={t('form.limits.postbackAllowedIpsHint')}
        splitChars={[',', ' ']}
        clearable
        style={{ gridColumn: '1 / -1' }}
        {...form.getInputProps('postbackAllowedIps')}
      />
    </FormSection>
  );
}
