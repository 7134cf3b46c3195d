import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';

/**
 * What saving a live or suspended edition does, before the affiliate changes it: colours, prices and removed
 * images apply at once; a new name, image or address goes back to the advertiser when the app needs approval.
 */
export function LiveEditNote({ status, requiresApproval }: { status: string; requiresApproval: boolean }) {
  const { t } = useTranslation('editions');
  const key = status === 'suspended' ? 'suspended' : requiresApproval ? 'approval' : 'direct';
  return (
    <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} aria-hidden />} data-testid="live-edit-note">
      {t(`wizard.liveNote.${key}`)}
    </Alert>
  );
}

/** The lookalike refusal, naming the brand the name or address resembles (the API's details.resembles). */
export function useLookalikeSentence(): (error: unknown) => string | undefined {
  const { t } = useTranslation('editions');
  return (error) => {
    if (!(error instanceof ApiError) || error.code !== 'edition_lookalike') return undefined;
    const details = (error.details ?? {}) as { field?: unknown; resembles?: unknown };
    if (typeof details.resembles !== 'string') return undefined;
    return t(details.field === 'host' ? 'wizard.lookalike.host' : 'wizard.lookalike.name', {
      brand: details.resembles,
    });
  };
}
