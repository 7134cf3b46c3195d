import { PasswordInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isNewPassword } from '@/lib/forms/account-rules';

type WithNewPassword = { newPassword: string; confirmPassword: string };

/** A new password and its repetition, with the API's rule spelled out under the first one. */
export function NewPasswordInputs<Values extends WithNewPassword>({ form }: { form: UseFormReturnType<Values> }) {
  const { t } = useTranslation('access');
  const toggle = { 'aria-label': t('fields.togglePassword') };
  return (
    <>
      <PasswordInput
        label={t('fields.newPassword')}
        description={t('fields.passwordRules')}
        autoComplete="new-password"
        visibilityToggleButtonProps={toggle}
        required
        {...form.getInputProps('newPassword')}
        error={form.errors.newPassword ? t('fields.passwordTooShort') : undefined}
      />
      <PasswordInput
        label={t('fields.confirmPassword')}
        autoComplete="new-password"
        visibilityToggleButtonProps={toggle}
        required
        {...form.getInputProps('confirmPassword')}
        error={form.errors.confirmPassword ? t('fields.passwordsDiffer') : undefined}
      />
    </>
  );
}

/** Mantine rules for both fields: the API's password policy, and the repetition matching it. */
export const newPasswordRules = {
  newPassword: (value: string) => (isNewPassword(value) ? null : true),
  confirmPassword: (value: string, values: WithNewPassword) => (value === values.newPassword ? null : true),
};
