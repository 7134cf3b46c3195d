import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { ActionError as RefusedAction } from '@/ui/action-error';

const EXPLAINED = new Set(['separation_of_duties', 'conflict', 'payouts_not_configured', 'forbidden']);

/** Why a payout action was refused, in the finance page's words where it has them; untitled, as before. */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation('finance');
  const code = error instanceof ApiError ? error.code : 'generic';
  return (
    <RefusedAction
      error={error}
      untitled
      sentence={EXPLAINED.has(code) ? t(`errors.${code as 'conflict'}`) : undefined}
    />
  );
}
