import { Button, Group } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { formatDateTime } from '@/lib/format';
import { type OrgConversion, type ReviewDecision, useOrgConversions } from '@/queries/org-conversions';
import { EmptyState } from '../empty-state';
import { InfiniteDataTable } from '../infinite-data-table';
import { FraudFlags } from './fraud-flags';
import { ReviewModal } from './review-modal';
import { useConversionColumns } from './use-conversion-columns';

const column = createColumnHelper<OrgConversion>();

/**
 * The flagged conversions, oldest decisions first to last: each row names the signals that fired and, for
 * owners and admins, offers approve and reject (support staff only read, so no button is rendered for them).
 */
export function ReviewQueue({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation('orgconversions');
  const access = useOrgAccess();
  const canReview = access.canManage && !access.readOnly;
  const query = useOrgConversions(orgId, { status: 'flagged' });
  const [pending, setPending] = useState<(Omit<ReviewDecision, 'reason'> & { occurredAt: string }) | null>(null);
  // The signals come second: on a phone they are what the reviewer must see without scrolling sideways.
  // Every item here is "in review", so the status column would only push the decision buttons off screen.
  const [occurred, ...described] = useConversionColumns(orgId).filter(
    (c) => (c as { accessorKey?: string }).accessorKey !== 'status',
  );
  const columns = [
    occurred!,
    column.accessor('fraudFlags', {
      header: t('conversions.columns.signals'),
      cell: (i) => <FraudFlags flags={i.getValue()} />,
    }),
    ...described,
    ...(canReview
      ? [
          column.display({
            id: 'actions',
            header: t('review.actions'),
            cell: ({ row }) => {
              const date = formatDateTime(row.original.occurredAt, i18n.language);
              const open = (decision: ReviewDecision['decision']) =>
                setPending({ conversionId: row.original.id, decision, occurredAt: row.original.occurredAt });
              return (
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="light"
                    color="teal"
                    aria-label={t('review.approveLabel', { date })}
                    onClick={() => open('approve')}
                  >
                    {t('review.approve')}
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    color="red"
                    aria-label={t('review.rejectLabel', { date })}
                    onClick={() => open('reject')}
                  >
                    {t('review.reject')}
                  </Button>
                </Group>
              );
            },
          }),
        ]
      : []),
  ];
  return (
    <>
      <InfiniteDataTable
        query={query}
        caption={t('review.caption')}
        columns={columns}
        empty={<EmptyState title={t('review.emptyTitle')} description={t('review.emptyDescription')} />}
      />
      {canReview && <ReviewModal orgId={orgId} pending={pending} onClose={() => setPending(null)} />}
    </>
  );
}
