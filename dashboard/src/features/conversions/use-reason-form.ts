import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

// The API's rule for both bodies (reviewConversion, bulk review): a trimmed reason of 1–500 characters, required to reject.
export const MAX_REASON = 500;

/** The reason of a review decision: required for a rejection (the affiliate reads it), bounded either way. */
export function useReasonForm(reject: boolean) {
  const { t } = useTranslation('orgconversions');
  return useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (value) => {
        const reason = value.trim();
        if (reject && reason.length === 0) return t('review.modal.reasonRequired');
        if (reason.length > MAX_REASON) return t('review.modal.reasonTooLong');
        return null;
      },
    },
  });
}
