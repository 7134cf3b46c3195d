import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { ErrorMessage } from '@/ui/error-message';

const KNOWN = [
  'unsupported_media_type',
  'payload_too_large',
  'plan_limit_reached',
  'validation_failed',
  'forbidden',
  'network_error',
] as const;

/** A refused save or upload, in the user's language, by the server's error code. */
export function BrandError({ error }: { error: unknown }) {
  const { t } = useTranslation('orgbrand');
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : null;
  const known = KNOWN.find((k) => k === code);
  return (
    <Alert color="red" variant="light" role="alert" title={t('errors.title')} data-testid="brand-error">
      <ErrorMessage error={error} sentence={known && t(`errors.${known}`)} />
    </Alert>
  );
}
