import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { type ReviewDecision, useReviewConversion } from './queries/org-conversions';
import { ErrorState } from '@/ui/error-state';
import { MAX_REASON, useReasonForm } from './use-reason-form';
import { notifyDone } from '@/lib/notify-done';

type ReviewModalProps = {
  orgId: string;
  /** The decision to confirm; null keeps the dialog closed. */
  pending: Omit<ReviewDecision, 'reason'> | null;
  onClose: () => void;
  onDone?: () => void;
};

/** Confirms an approval or a rejection; a rejection needs the reason the affiliate will read. */
export function ReviewModal({ orgId, pending, onClose, onDone }: ReviewModalProps) {
  const { t } = useTranslation('orgconversions');
  const review = useReviewConversion(orgId);
  const reject = pending?.decision === 'reject';
  const form = useReasonForm(reject);
  // A fresh form and no stale error each time the dialog opens for another row.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on a new pending decision only.
  useEffect(() => {
    form.reset();
    review.reset();
  }, [pending?.conversionId, pending?.decision]);
  const conflict = review.error instanceof ApiError && review.error.status === 409;
  const submit = form.onSubmit(({ reason }) => {
    if (!pending) return;
    review.mutate(
      { ...pending, reason: reason.trim() },
      {
        onSuccess: () => {
          notifyDone(t(reject ? 'review.rejected' : 'review.approved'));
          onClose();
          onDone?.();
        },
      },
    );
  });
  return (
    <Modal
      opened={pending !== null}
      onClose={onClose}
      title={t(reject ? 'review.modal.rejectTitle' : 'review.modal.approveTitle')}
      closeButtonProps={{ 'aria-label': t('review.modal.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t(reject ? 'review.modal.rejectHint' : 'review.modal.approveHint')}</Text>
          {conflict ? (
            <Text c="red" size="sm" role="alert">
              {t('review.modal.conflict')}
            </Text>
          ) : (
            review.isError && <ErrorState error={review.error} />
          )}
          <Textarea
            label={t(reject ? 'review.modal.reason' : 'review.modal.reasonOptional')}
            description={reject ? t('review.modal.reasonDescription') : undefined}
            required={reject}
            autosize
            minRows={3}
            maxLength={MAX_REASON}
            data-autofocus
            // The typed reason stays in the text colour; the error colour is only for the message.
            styles={{ input: { color: 'var(--mantine-color-text)' } }}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('review.modal.cancel')}
            </Button>
            <Button type="submit" color={reject ? 'red' : 'teal'} loading={review.isPending}>
              {t(reject ? 'review.modal.confirmReject' : 'review.modal.confirmApprove')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
