import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/api-error';

const EXPLAINED = new Set(['separation_of_duties', 'conflict', 'payouts_not_configured', 'forbidden']);

/** Why a payout action was refused, in words, with the API's machine-readable code for support. */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation('finance');
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'generic';
  const key = EXPLAINED.has(code) ? code : 'generic';
  return (
    <Alert color="red" variant="light" role="alert" data-testid="action-error" data-code={code}>
      <Text size="sm">{t(`errors.${key as 'generic'}`)}</Text>
      <Text size="xs" c="dimmed" mt={4}>
        {t('errors.code', { code })}
      </Text>
    </Alert>
  );
}
