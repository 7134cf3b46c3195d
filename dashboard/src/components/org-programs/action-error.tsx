import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/api-error';

const KNOWN = ['conflict', 'validation_failed', 'forbidden', 'not_found', 'network_error'] as const;

/**
 * A refused write, inline next to its form or dialog: what the error code means here, plus the server's own
 * sentence (in English) for a conflict, which names the exact rule (a plan's program limit, a taken code).
 */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation('orgprograms');
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : null;
  const code = KNOWN.find((known) => known === apiError?.code) ?? 'generic';
  return (
    <Alert color="red" variant="light" role="alert" title={t(`apiErrors.${code}`)}>
      {apiError?.code === 'conflict' ? apiError.message : t('apiErrors.tryAgain')}
    </Alert>
  );
}
