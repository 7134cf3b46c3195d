import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { useResetPassword } from '@/features/accounts';
import { ErrorState } from '@/ui/error-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { RouterButton } from '@/ui/router-button';
import { NewPasswordInputs, newPasswordRules } from './new-password-inputs';
import { OutcomeAlert } from './outcome-alert';

type Values = { newPassword: string; confirmPassword: string };

export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation('access');
  const reset = useResetPassword();
  const form = useForm<Values>({
    initialValues: { newPassword: '', confirmPassword: '' },
    validate: newPasswordRules,
  });
  const submit = form.onSubmit((values) => reset.mutate({ token, newPassword: values.newPassword }));
  const invalid = reset.error instanceof ApiError && reset.error.code === 'bad_request';

  if (reset.isSuccess)
    return (
      <Stack gap="md">
        <OutcomeAlert tone="success">{t('reset.success')}</OutcomeAlert>
        <RouterButton to="/login" fullWidth>
          {t('common.toLogin')}
        </RouterButton>
      </Stack>
    );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {invalid && (
          <OutcomeAlert tone="error">
            {t('reset.invalid')}{' '}
            <RouterAnchor to="/forgot-password" inherit>
              {t('reset.requestNew')}
            </RouterAnchor>
          </OutcomeAlert>
        )}
        {reset.isError && !invalid && <ErrorState error={reset.error} />}
        <NewPasswordInputs form={form} />
        <Button type="submit" loading={reset.isPending} fullWidth>
          {t('reset.submit')}
        </Button>
      </Stack>
    </form>
  );
}
