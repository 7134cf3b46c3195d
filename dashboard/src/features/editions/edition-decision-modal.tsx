import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrgEdition, useDecideEdition } from './queries/org-editions';
import { ConfirmModal } from '@/ui/confirm-modal';
import { notifyDone } from '@/lib/notify-done';

export type EditionDecisionName = 'approve' | 'reject' | 'suspend' | 'reinstate' | 'delete';

const REASON_MAX = 1000;
/** The affiliate reads why: rejecting and suspending need a reason. */
const WITH_REASON: readonly EditionDecisionName[] = ['reject', 'suspend'];
const DANGER: readonly EditionDecisionName[] = ['reject', 'suspend', 'delete'];

/** Confirms one decision on an edition, asking for the reason the affiliate will be told when it needs one. */
export function EditionDecisionModal({
  orgId,
  edition,
  action,
  onClose,
}: {
  orgId: string;
  edition: OrgEdition;
  action: EditionDecisionName;
  onClose: () => void;
}) {
  const { t } = useTranslation('editions');
  const decide = useDecideEdition(orgId);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const needsReason = WITH_REASON.includes(action);
  const trimmed = reason.trim();
  const problem = !needsReason
    ? null
    : trimmed.length === 0
      ? t('decide.reasonRequired')
      : trimmed.length > REASON_MAX
        ? t('decide.reasonTooLong', { max: REASON_MAX })
        : null;
  const vars = { name: edition.name, host: edition.host };
  return (
    <ConfirmModal
      opened
      title={t(`decide.${action}.title`, vars)}
      message={t(`decide.${action}.message`, vars)}
      confirmLabel={t(`decide.${action}.confirm`)}
      danger={DANGER.includes(action)}
      pending={decide.isPending}
      error={decide.error}
      onClose={onClose}
      onConfirm={() => {
        setTried(true);
        if (problem) return;
        const editionId = edition.id;
        const decision =
          action === 'reject' || action === 'suspend' ? { action, editionId, reason: trimmed } : { action, editionId };
        decide.mutate(decision, {
          onSuccess: () => {
            notifyDone(t(`decide.${action}.done`, vars));
            onClose();
          },
        });
      }}
    >
      {needsReason && (
        <Textarea
          label={t('decide.reason')}
          description={t('decide.reasonHint')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={tried ? problem : undefined}
          data-autofocus
          data-testid="edition-reason"
        />
      )}
    </ConfirmModal>
  );
}
