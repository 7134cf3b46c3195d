import { Checkbox, Group, Select, Textarea } from '@mantine/core';
import { ProgramCategory } from '@schema/enums';
import { useTranslation } from 'react-i18next';
import { FormSection } from './form-section';
import type { ProgramForm } from './program-form-types';

/**
 * What affiliates read before and after joining (how to promote, what counts as success), and how they find the
 * program in the marketplace (its category and the languages the advertiser works in).
 */
export function OnboardingSection({ form }: { form: ProgramForm }) {
  const { t } = useTranslation('orgprograms');
  return (
    <FormSection legend={t('form.onboarding.legend')}>
      <Textarea
        label={t('form.onboarding.brief')}
        description={t('form.onboarding.briefHint')}
        autosize
        minRows={3}
        maxRows={12}
        {...form.getInputProps('onboardingBrief')}
      />
      <Textarea
        label={t('form.onboarding.goals')}
        description={t('form.onboarding.goalsHint')}
        autosize
        minRows={3}
        maxRows={12}
        {...form.getInputProps('goals')}
      />
      <Select
        label={t('form.onboarding.category')}
        description={t('form.onboarding.categoryHint')}
        data={ProgramCategory.map((c) => ({ value: c, label: t(`form.onboarding.categories.${c}`) }))}
        clearable
        value={form.values.category || null}
        onChange={(v) => form.setFieldValue('category', (v ?? '') as typeof form.values.category)}
        maw={360}
      />
      <Checkbox.Group
        label={t('form.onboarding.languages')}
        description={t('form.onboarding.languagesHint')}
        value={form.values.languages}
        onChange={(v) => v.length > 0 && form.setFieldValue('languages', v as typeof form.values.languages)}
      >
        <Group gap="md" mt={6}>
          <Checkbox value="en" label={t('form.onboarding.languageNames.en')} />
          <Checkbox value="ru" label={t('form.onboarding.languageNames.ru')} />
        </Group>
      </Checkbox.Group>
    </FormSection>
  );
}
