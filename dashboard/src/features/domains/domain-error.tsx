import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { ErrorMessage } from '@/ui/error-message';
import { ErrorState } from '@/ui/error-state';

const KNOWN = [
  'hostname_not_allowed',
  'domain_taken',
  'plan_limit_reached',
  'domains_not_configured',
  'service_unavailable',
] as const;
type Known = (typeof KNOWN)[number];
const isKnown = (code: string): code is Known => (KNOWN as readonly string[]).includes(code);

/** The domain API's own refusals in the user's language; anything else as the generic error. */
export function DomainError({ error }: { error: unknown }) {
  const { t } = useTranslation('domains');
  if (!(error instanceof ApiError) || !isKnown(error.code)) return <ErrorState error={error} />;
  return (
    <Alert color="red" variant="light" title={t('errors.title')} role="alert">
      <ErrorMessage error={error} sentence={t(`errors.${error.code}`)} />
    </Alert>
  );
}
