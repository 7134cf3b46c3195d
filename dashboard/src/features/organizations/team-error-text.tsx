import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';

/**
 * What a refused team change means: 409 is the last-owner rule, 403 the owners-only rule (an admin may not
 * give, take or remove the owner role). Other failures are left to ErrorState.
 */
export function TeamErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation('orgsetup');
  if (!(error instanceof ApiError)) return null;
  const meaning =
    error.status === 409 ? t('team.errors.lastOwner') : error.status === 403 ? t('team.errors.ownersOnly') : null;
  if (!meaning) return null;
  return (
    <Text size="sm" c="red" role="alert" mb="sm">
      {meaning}
    </Text>
  );
}
