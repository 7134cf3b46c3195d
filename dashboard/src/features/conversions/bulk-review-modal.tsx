import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type BulkReviewDecision, useBulkReview } from './queries/org-conversions';
import { ErrorState } from '@/ui/error-state';
import { MAX_REASON, useReasonForm } from './use-reason-form';

type BulkReviewModalProps = {
  orgId: string;
  /** The decision to confirm on the selected conversions; null keeps the dialog closed. */
  pending: Omit<BulkReviewDecision, 'reason'> | null;
  onClose: () => void;
  /** After the API answered: the selection is spent. */
  onDone: () => void;
};

/**
 * Confirms one decision on the selected conversions. Each is decided on its own, as a single review is, so the
 * notice says how many moved and how many could not (decided meanwhile by someone else).
 */
export function BulkReviewModal({ orgId, pending, onClose, onDone }: BulkReviewModalProps) {
  const { t } = useTranslation('orgconversions');
  const review = useBulkReview(orgId);
  const reject = pending?.decision === 'reject';
  const count = pending?.conversionIds.length ?? 0;
  const form = useReasonForm(reject);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when another decision opens the dialog.
  useEffect(() => {
    form.reset();
    review.reset();
  }, [pending]);
  const submit = form.onSubmit(({ reason }) => {
    if (!pending) return;
    review.mutate(
      { ...pending, reason: reason.trim() },
      {
        onSuccess: (result) => {
          notifications.show({
            color: result.refused ? 'yellow' : 'green',
            message: [
              t(reject ? 'bulk.rejectedCount' : 'bulk.approvedCount', { count: result.decided }),
              result.refused ? t('bulk.refusedCount', { count: result.refused }) : '',
            ]
              .filter(Boolean)
              .join(' '),
          });
          onDone();
          onClose();
        },
      },
    );
  });
  return (
    <Modal
      opened={pending !== null}
      onClose={onClose}
      title={t(reject ? 'bulk.rejectTitle' : 'bulk.approveTitle', { count })}
      closeButtonProps={{ 'aria-label': t('review.modal.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t(reject ? 'bulk.rejectHint' : 'bulk.approveHint')}</Text>
          {review.isError && <ErrorState error={review.error} />}
          <Textarea
            label={t(reject ? 'review.modal.reason' : 'review.modal.reasonOptional')}
            description={reject ? t('review.modal.reasonDescription') : undefined}
            required={reject}
            autosize
            minRows={3}
            maxLength={MAX_REASON}
            data-autofocus
            styles={{ error: { color: 'var(--mantine-color-red-9)' }, input: { color: 'var(--mantine-color-text)' } }}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('review.modal.cancel')}
            </Button>
            <Button type="submit" color={reject ? 'red.9' : 'teal.9'} loading={review.isPending}>
              {t(reject ? 'bulk.confirmReject' : 'bulk.confirmApprove', { count })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
