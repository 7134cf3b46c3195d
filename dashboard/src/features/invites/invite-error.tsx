import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { ErrorMessage } from '@/ui/error-message';

const KNOWN = ['already_enrolled', 'not_found', 'validation_failed', 'forbidden'] as const;

/** A refused write of the invites page, next to its form or dialog. */
export function InviteError({ error }: { error: unknown }) {
  const { t } = useTranslation('invites');
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : null;
  const known = KNOWN.find((k) => k === code);
  return (
    <Alert color="red" variant="light" role="alert">
      <ErrorMessage error={error} sentence={known && t(`errors.${known}`)} />
    </Alert>
  );
}
