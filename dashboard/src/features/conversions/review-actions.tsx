import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgAccess } from '@/lib/access/use-org-access';
import type { ConversionDetail, ReviewDecision } from './queries/org-conversions';
import { ReviewModal } from './review-modal';

/**
 * Approve (only a flagged conversion) and reject (any not yet rejected or reversed), as the API allows them;
 * nothing at all for roles that may not decide, support staff included.
 */
export function ReviewActions({ orgId, detail }: { orgId: string; detail: ConversionDetail }) {
  const { t } = useTranslation('orgconversions');
  const access = useOrgAccess();
  const [decision, setDecision] = useState<ReviewDecision['decision'] | null>(null);
  const { id, status } = detail.conversion;
  const canApprove = status === 'flagged';
  const canReject = status !== 'rejected' && status !== 'reversed';
  if (!access.canManage || access.readOnly || (!canApprove && !canReject)) return null;
  return (
    <Group gap="sm">
      {canApprove && (
        <Button variant="light" color="teal" onClick={() => setDecision('approve')}>
          {t('review.approve')}
        </Button>
      )}
      {canReject && (
        <Button variant="light" color="red" onClick={() => setDecision('reject')}>
          {t('review.reject')}
        </Button>
      )}
      <ReviewModal
        orgId={orgId}
        pending={decision && { conversionId: id, decision }}
        onClose={() => setDecision(null)}
      />
    </Group>
  );
}
