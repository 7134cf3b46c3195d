import { Button, Checkbox, Group } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { formatDateTime } from '@/lib/format';
import {
  type BulkReviewDecision,
  type OrgConversion,
  type ReviewDecision,
  useOrgConversions,
} from './queries/org-conversions';
import { EmptyState } from '@/ui/empty-state';
import { InfiniteDataTable } from '@/ui/infinite-data-table';
import { BulkReviewBar } from './bulk-review-bar';
import { BulkReviewModal } from './bulk-review-modal';
import { FraudFlags } from './fraud-flags';
import { ReviewModal } from './review-modal';
import { useConversionColumns } from './use-conversion-columns';

const column = createColumnHelper<OrgConversion>();

/**
 * The flagged conversions, oldest decisions first to last: each row names the signals that fired and, for
 * owners and admins, offers approve and reject, one by one or for the rows they select (support staff only
 * read, so no button or checkbox is rendered for them).
 */
export function ReviewQueue({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation('orgconversions');
  const access = useOrgAccess();
  const canReview = access.canManage && !access.readOnly;
  const query = useOrgConversions(orgId, { status: 'flagged' });
  const [pending, setPending] = useState<(Omit<ReviewDecision, 'reason'> & { occurredAt: string }) | null>(null);
  const [bulk, setBulk] = useState<Omit<BulkReviewDecision, 'reason'> | null>(null);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  // Only rows still in the queue count: a decided conversion leaves the list when it reads again.
  const shown = query.data?.pages.flatMap((p) => p.items.map((i) => i.id)) ?? [];
  const selected = shown.filter((id) => picked.has(id));
  const toggle = (id: string, on: boolean) =>
    setPicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allPicked = shown.length > 0 && selected.length === shown.length;
  // The signals come second: on a phone they are what the reviewer must see without scrolling sideways.
  // Every item here is "in review", so the status column would only push the decision buttons off screen.
  const [occurred, ...described] = useConversionColumns(orgId).filter(
    (c) => (c as { accessorKey?: string }).accessorKey !== 'status',
  );
  const columns = [
    ...(canReview
      ? [
          column.display({
            id: 'select',
            header: () => (
              <Checkbox
                aria-label={t('bulk.selectAll')}
                checked={allPicked}
                indeterminate={selected.length > 0 && !allPicked}
                onChange={(e) => setPicked(e.currentTarget.checked ? new Set(shown) : new Set())}
                data-testid="select-all"
              />
            ),
            cell: ({ row }) => (
              <Checkbox
                aria-label={t('bulk.selectRow', { date: formatDateTime(row.original.occurredAt, i18n.language) })}
                checked={picked.has(row.original.id)}
                onChange={(e) => toggle(row.original.id, e.currentTarget.checked)}
                data-testid="select-row"
              />
            ),
          }),
        ]
      : []),
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
      {canReview && shown.length > 0 && (
        <BulkReviewBar
          count={selected.length}
          onDecide={(decision) => setBulk({ decision, conversionIds: selected })}
          onClear={() => setPicked(new Set())}
        />
      )}
      <InfiniteDataTable
        query={query}
        caption={t('review.caption')}
        columns={columns}
        empty={<EmptyState title={t('review.emptyTitle')} description={t('review.emptyDescription')} />}
      />
      {canReview && <ReviewModal orgId={orgId} pending={pending} onClose={() => setPending(null)} />}
      {canReview && (
        <BulkReviewModal
          orgId={orgId}
          pending={bulk}
          onClose={() => setBulk(null)}
          onDone={() => setPicked(new Set())}
        />
      )}
    </>
  );
}
