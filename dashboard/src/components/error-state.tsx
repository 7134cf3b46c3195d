import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api/api-error';
import { CopyValue } from './copy-value';
import { RouterButton } from './router-button';

type ErrorStateProps = {
  error: unknown;
  /** Shown as a "Try again" button, e.g. a query's refetch. */
  onRetry?: () => void;
};

/** A failed data view: what happened in the user's language, the request id for support, and a retry. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : null;
  const twoFactor = apiError?.code === 'two_factor_required';
  const message =
    apiError?.status === null
      ? t('error.network')
      : twoFactor
        ? t('error.twoFactorRequired')
        : apiError?.status === 403
          ? t('error.forbidden')
          : apiError?.status === 404
            ? t('error.notFound')
            : t('error.generic');
  return (
    <Alert color="red" variant="light" title={t('error.title')} role="alert" data-testid="error-state">
      <Stack gap="sm">
        <Text size="sm">{message}</Text>
        {apiError?.requestId && (
          <Group gap="xs" wrap="nowrap">
            <Text size="sm">{t('error.requestId')}</Text>
            <Code style={{ overflowWrap: 'anywhere' }}>{apiError.requestId}</Code>
            <CopyValue value={apiError.requestId} label={t('error.requestId')} />
          </Group>
        )}
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
