import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSection } from './form-section';
import type { ProgramForm } from './program-form-types';

/** What affiliates read before and after joining: how to promote, and what counts as success. */
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
    </FormSection>
  );
}
