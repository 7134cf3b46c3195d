import { Button, Stack, TextInput } from '@mantine/core';
import { isEmail, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { useRequestPasswordReset } from '@/features/accounts';
import { ErrorState } from '@/ui/error-state';
import { OutcomeAlert } from './outcome-alert';

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const { t } = useTranslation('access');
  const request = useRequestPasswordReset();
  const form = useForm({ mode: 'uncontrolled', initialValues: { email: '' }, validate: { email: isEmail(true) } });
  const submit = form.onSubmit((values) => request.mutate(values.email.trim()));
  const tooMany = request.error instanceof ApiError && request.error.status === 429;

  if (request.isSuccess)
    return <OutcomeAlert tone="success">{t('forgot.sent', { email: request.variables })}</OutcomeAlert>;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {tooMany && <OutcomeAlert tone="error">{t('common.tooMany')}</OutcomeAlert>}
        {request.isError && !tooMany && <ErrorState error={request.error} />}
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="username"
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
          error={form.errors.email ? t('fields.emailInvalid') : undefined}
        />
        <Button type="submit" loading={request.isPending} fullWidth>
          {t('forgot.submit')}
        </Button>
      </Stack>
    </form>
  );
}
