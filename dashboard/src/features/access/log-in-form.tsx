import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidEmail } from '@/lib/forms/account-rules';
import { useLogIn } from './queries/auth';
import { RouterAnchor } from '@/ui/router-anchor';
import { AuthErrorText } from './auth-error-text';

type LogInFormProps = {
  onSignedIn: (accessToken: string) => void;
  onChallenge: (challengeToken: string) => void;
};

export function LogInForm({ onSignedIn, onChallenge }: LogInFormProps) {
  const { t } = useTranslation('auth');
  const logIn = useLogIn();
  // Two fields checked on submit need no form library: @mantine/form (and surely not the API's zod schema)
  // would add its weight to the first page anyone loads. An edit clears that field's error, as useForm does.
  const [values, setValues] = useState({ email: '', password: '' });
  const [invalid, setInvalid] = useState({ email: false, password: false });
  const change = (field: 'email' | 'password') => (event: FormEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    setValues((prev) => ({ ...prev, [field]: value }));
    setInvalid((prev) => ({ ...prev, [field]: false }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = { email: !isValidEmail(values.email), password: values.password === '' };
    setInvalid(errors);
    if (errors.email || errors.password) return;
    logIn.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onSuccess: (result) => {
          if ('twoFactorRequired' in result) onChallenge(result.challengeToken);
          else onSignedIn(result.accessToken);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {logIn.isError && <AuthErrorText error={logIn.error} wrongKey="login.wrong" />}
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          value={values.email}
          onChange={change('email')}
          error={invalid.email ? t('login.emailInvalid') : undefined}
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
          required
          value={values.password}
          onChange={change('password')}
          error={invalid.password ? t('login.passwordRequired') : undefined}
        />
        <Button type="submit" loading={logIn.isPending} fullWidth>
          {t('login.submit')}
        </Button>
        <RouterAnchor to="/forgot-password" size="sm" ta="center">
          {t('login.forgot')}
        </RouterAnchor>
        <Text size="sm" ta="center">
          {t('login.noAccount')}{' '}
          <RouterAnchor to="/sign-up" size="sm">
            {t('login.signUp')}
          </RouterAnchor>
        </Text>
      </Stack>
    </form>
  );
}
