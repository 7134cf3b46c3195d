import { Select, TagsInput, TextInput } from '@mantine/core';
import { ExactNumberInput } from '@/ui/exact-number-input';
import { useTranslation } from 'react-i18next';
import { AttributionRule } from '@schema/enums';
import { defaultAllowedDomains } from '@domain/program-rules';
import { FormSection } from './form-section';
import { LandingUrls } from './landing-urls';
import type { ProgramForm } from './program-form-types';

/** Where clicks land, which hosts redirects may reach, and how long a click counts. */
export function TrackingSection({ form, readOnly }: { form: ProgramForm; readOnly?: boolean | undefined }) {
  const { t } = useTranslation('orgprograms');
  const defaults = defaultAllowedDomains(form.values.landingUrl.trim(), form.values.landingUrls);
  return (
    <FormSection legend={t('form.tracking.legend')}>
      <TextInput
        label={t('form.tracking.landingUrl')}
        description={t('form.tracking.landingUrlHint')}
        inputMode="url"
        required
        style={{ gridColumn: '1 / -1' }}
        {...form.getInputProps('landingUrl')}
      />
      <LandingUrls form={form} readOnly={readOnly} />
      <TagsInput
        label={t('form.tracking.allowedDomains')}
        description={t('form.tracking.allowedDomainsHint', {
          defaults: defaults.join(', ') || t('form.tracking.noDefaults'),
        })}
        placeholder={form.values.allowedDomains.length === 0 ? t('form.tracking.domainPlaceholder') : undefined}
        splitChars={[',', ' ']}
        clearable
        {...form.getInputProps('allowedDomains')}
      />
      <TextInput
        label={t('form.tracking.fallbackUrl')}
        description={t('form.tracking.fallbackUrlHint')}
        inputMode="url"
        {...form.getInputProps('fallbackUrl')}
      />
      <TextInput
        label={t('form.tracking.clickIdParam')}
        description={t('form.tracking.clickIdParamHint')}
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        maxLength={40}
        {...form.getInputProps('clickIdParam')}
      />
      <TagsInput
        label={t('form.tracking.referralParams')}
        description={t('form.tracking.referralParamsHint')}
        maxTags={8}
        splitChars={[',', ' ']}
        {...form.getInputProps('referralParams')}
      />
      <ExactNumberInput
        label={t('form.tracking.cookieDays')}
        description={t('form.tracking.cookieDaysHint')}
        min={0}
        max={3650}
        {...form.getInputProps('cookieDays')}
      />
      <ExactNumberInput
        label={t('form.tracking.holdDays')}
        description={t('form.tracking.holdDaysHint')}
        min={0}
        max={3650}
        {...form.getInputProps('holdDays')}
      />
      <Select
        label={t('form.tracking.attribution')}
        data={AttributionRule.map((value) => ({ value, label: t(`attribution.${value}`) }))}
        allowDeselect={false}
        {...form.getInputProps('attributionRule')}
      />
    </FormSection>
  );
}
