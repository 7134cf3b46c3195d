import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Enrollment, type EnrollmentActionName, useChangeEnrollmentStatus } from './queries/org-enrollments';
import { ConfirmModal } from '@/ui/confirm-modal';
import { notifyDone } from '@/lib/notify-done';
import { affiliateName } from './affiliate-name';

const REASON_MAX = 500;
/** Rejecting and terminating are final (the domain allows no way back). */
const FINAL: readonly EnrollmentActionName[] = ['reject', 'terminate'];

type EnrollmentActionModalProps = {
  orgId: string;
  enrollment: Enrollment;
  action: EnrollmentActionName;
  onClose: () => void;
};

/** Confirms one status change with the reason the affiliate is shown (optional, up to 500 characters). */
export function EnrollmentActionModal({ orgId, enrollment, action, onClose }: EnrollmentActionModalProps) {
  const { t } = useTranslation('orgprograms');
  const change = useChangeEnrollmentStatus(orgId);
  const [reason, setReason] = useState('');
  const name = affiliateName(enrollment.affiliate);
  const tooLong = reason.trim().length > REASON_MAX;
  return (
    <ConfirmModal
      opened
      title={t(`enrollmentActions.${action}.title`, { name, program: enrollment.programName })}
      message={t(`enrollmentActions.${action}.message`)}
      confirmLabel={t(`enrollmentActions.${action}.confirm`)}
      danger={FINAL.includes(action)}
      pending={change.isPending}
      error={change.error}
      onClose={onClose}
      onConfirm={() => {
        if (tooLong) return;
        change.mutate(
          { enrollmentId: enrollment.id, action, reason: reason.trim() || undefined },
          {
            onSuccess: () => {
              notifyDone(t(`enrollmentActions.${action}.done`, { name }));
              onClose();
            },
          },
        );
      }}
    >
      <Textarea
        label={t('enrollmentActions.reason')}
        description={t('enrollmentActions.reasonHint')}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={tooLong ? t('enrollmentActions.reasonTooLong') : undefined}
        autosize
        minRows={2}
        data-autofocus
      />
    </ConfirmModal>
  );
}
