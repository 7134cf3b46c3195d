import { Button, Stack, TextInput } from '@mantine/core';
import { isEmail, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { useResendVerification } from './queries/registration';
import { ErrorState } from '@/ui/error-state';
import { OutcomeAlert } from './outcome-alert';

type ResendVerificationFormProps = {
  /** Known already (right after sign-up): no field, just the button. */
  email?: string;
  label: string;
  sentText: string;
};

/** Mails a new confirmation link; the API answers alike for every address, and so does this form. */
export function ResendVerificationForm({ email, label, sentText }: ResendVerificationFormProps) {
  const { t } = useTranslation('access');
  const resend = useResendVerification();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: email ?? '' },
    validate: { email: isEmail(true) },
  });
  const submit = form.onSubmit((values) => resend.mutate(values.email.trim()));
  const tooMany = resend.error instanceof ApiError && resend.error.status === 429;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {resend.isSuccess && <OutcomeAlert tone="success">{sentText}</OutcomeAlert>}
        {tooMany && <OutcomeAlert tone="error">{t('common.tooMany')}</OutcomeAlert>}
        {resend.isError && !tooMany && <ErrorState error={resend.error} />}
        {!email && (
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            required
            key={form.key('email')}
            {...form.getInputProps('email')}
            error={form.errors.email ? t('fields.emailInvalid') : undefined}
          />
        )}
        <Button type="submit" variant={email ? 'default' : 'filled'} loading={resend.isPending} fullWidth>
          {label}
        </Button>
      </Stack>
    </form>
  );
}
