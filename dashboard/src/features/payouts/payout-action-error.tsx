import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { ErrorMessage } from '@/ui/error-message';

const EXPLAINED = new Set(['separation_of_duties', 'conflict', 'payouts_not_configured', 'forbidden']);

/** Why a payout action was refused, in words; the API's code and request id for support behind Details. */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation('finance');
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'generic';
  return (
    <Alert color="red" variant="light" role="alert" data-testid="action-error" data-code={code}>
      <ErrorMessage error={error} sentence={EXPLAINED.has(code) ? t(`errors.${code as 'conflict'}`) : undefined} />
    </Alert>
  );
}
