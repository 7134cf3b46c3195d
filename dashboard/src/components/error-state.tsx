import { Alert, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './error-message';

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
  return (
    <Alert color="red" variant="light" title={t('error.title')} role="alert" data-testid="error-state">
      <Stack gap="sm">
        <ErrorMessage error={error} />
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
