import { Alert, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { ErrorMessage } from './error-message';
import { RouterButton } from './router-button';

type ErrorStateProps = {
  error: unknown;
  /** Shown as a "Try again" button, e.g. a query's refetch. */
  onRetry?: () => void;
};

/**
 * A failed data view: what happened and what to do in the user's language (per API error code), the
 * technical detail for support behind a toggle, and a retry.
 */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const twoFactor = error instanceof ApiError && error.code === 'two_factor_required';
  return (
    <Alert color="red" variant="light" title={t('error.title')} role="alert" data-testid="error-state">
      <Stack gap="sm">
        <ErrorMessage error={error} />
        {twoFactor && (
          <Group>
            <RouterButton to="/account/security" size="xs" variant="default">
              {t('error.openSecurity')}
            </RouterButton>
          </Group>
        )}
        {onRetry && (
          <Group>
            <Button variant="default" size="xs" onClick={onRetry}>
              {t('error.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
