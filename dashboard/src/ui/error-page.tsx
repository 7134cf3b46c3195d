import { Container, Stack, Text, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from './router-anchor';
import { ApiError } from '@/lib/api/api-error';
import { ErrorState } from './error-state';

/** A route that failed to load: a clear 403 page, or the error with its request id and a retry. */
export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const forbidden = error instanceof ApiError && error.status === 403;
  return (
    <Container component="main" size={560} py={64}>
      <Stack gap="md">
        <Title order={1}>{t(forbidden ? 'forbidden.title' : 'error.pageTitle')}</Title>
        {forbidden ? (
          <Text c="dimmed">{t('forbidden.description')}</Text>
        ) : (
          <ErrorState error={error} onRetry={reset} />
        )}
        <RouterAnchor to="/">{t('notFound.home')}</RouterAnchor>
      </Stack>
    </Container>
  );
}
