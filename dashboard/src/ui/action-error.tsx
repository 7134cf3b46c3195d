import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { ErrorMessage } from './error-message';

const KNOWN = ['conflict', 'validation_failed', 'forbidden', 'not_found', 'network_error'] as const;

/**
 * A refused write, inline next to its form or dialog: a title for the kind of refusal, the sentence for its
 * error code in the reader's language (or the page's more precise `sentence`), and the server's own words (which
 * name the exact rule) behind Details.
 */
export function ActionError({
  error,
  sentence,
  untitled,
}: {
  error: unknown;
  sentence?: string | undefined;
  /** Leaves the kind of refusal out where the dialog's own title says it (the payout actions). */
  untitled?: boolean;
}) {
  const { t } = useTranslation('orgprograms');
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : null;
  const code = KNOWN.find((known) => known === apiError?.code) ?? 'generic';
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={untitled ? undefined : t(`apiErrors.${code}`)}
      data-testid="action-error"
      data-code={apiError?.code ?? 'generic'}
    >
      <ErrorMessage error={error} {...(sentence ? { sentence } : {})} />
    </Alert>
  );
}
