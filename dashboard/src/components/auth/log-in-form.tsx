import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { isEmail, isNotEmpty, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useLogIn } from '../../queries/auth';
import { RouterAnchor } from '../router-anchor';
import { AuthErrorText } from './auth-error-text';

type LogInFormProps = {
  onSignedIn: (accessToken: string) => void;
  onChallenge: (challengeToken: string) => void;
};

export function LogInForm({ onSignedIn, onChallenge }: LogInFormProps) {
  const { t } = useTranslation('auth');
  const logIn = useLogIn();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    // Mantine's validators, not the API's zod schema: zod would add ~25 KB gz to the first page anyone loads.
    // They flag the field; the message is rendered below in the current language.
    validate: { email: isEmail(true), password: isNotEmpty(true) },
  });

  const submit = form.onSubmit((values) =>
    logIn.mutate(values, {
      onSuccess: (result) => {
        if ('twoFactorRequired' in result) onChallenge(result.challengeToken);
        else onSignedIn(result.accessToken);
      },
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {logIn.isError && <AuthErrorText error={logIn.error} wrongKey="login.wrong" />}
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
          error={form.errors.email ? t('login.emailInvalid') : undefined}
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
          required
          key={form.key('password')}
          {...form.getInputProps('password')}
          error={form.errors.password ? t('login.passwordRequired') : undefined}
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
