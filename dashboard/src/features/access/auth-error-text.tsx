import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { ErrorState } from '@/ui/error-state';

/** A failed sign-in step: the expected failures in words, anything else as the generic error state. */
export function AuthErrorText({ error, wrongKey }: { error: unknown; wrongKey: 'login.wrong' | 'twoFactor.wrong' }) {
  const { t } = useTranslation('auth');
  const status = error instanceof ApiError ? error.status : null;
  const notVerified = error instanceof ApiError && error.code === 'email_not_verified';
  const message = notVerified
    ? t('login.notVerified')
    : status === 401
      ? t(wrongKey)
      : status === 429
        ? t('login.tooMany')
        : status === 403
          ? t('login.blocked')
          : null;
  if (!message) return <ErrorState error={error} />;
  return (
    <Alert color="red" variant="light" role="alert" data-testid="auth-error">
      {message}
    </Alert>
  );
}
