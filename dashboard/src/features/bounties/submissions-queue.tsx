import { Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { BountySubmissionStatus } from '@schema/enums';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmissionLink } from './submission-link';
import { formatDateTime, formatMoney } from '@/lib/format';
import { type BountySubmission, useBounties, useBountySubmissions, useReviewSubmission } from './queries/bounties';
import { EmptyState } from '@/ui/empty-state';
import { ActionError } from '@/ui/action-error';
import { ConfirmModal } from '@/ui/confirm-modal';
import { notifyDone } from '@/lib/notify-done';
import { QueryState } from '@/ui/query-state';

const STATUS_COLOR: Record<BountySubmissionStatus, string> = { pending: 'yellow', approved: 'green', rejected: 'red' };

/**
 * Submissions to a program's bounties: the queue (pending, oldest first) with approve and reject, and the
 * decided ones. Approving books the winner's bonus; rejecting asks for the reason the affiliate will read.
 */
export function SubmissionsQueue({
  orgId,
  programId,
  canReview,
}: {
  orgId: string;
  programId: string;
  canReview: boolean;
}) {
  const { t } = useTranslation('workflows', { keyPrefix: 'bounties' });
  const [status, setStatus] = useState<BountySubmissionStatus>('pending');
  const submissions = useBountySubmissions(orgId, programId, status);
  // The bonus an approval books, named in its confirmation (the panel has loaded these bounties already).
  const bounties = useBounties(orgId, programId);
  const bonusOf = (bountyId: string) => bounties.data?.find((b) => b.id === bountyId)?.bonus;
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label={t('queue.filter')}
        value={status}
        onChange={(value) => setStatus(value as BountySubmissionStatus)}
        data={(['pending', 'approved', 'rejected'] as const).map((value) => ({
          value,
          label: t(`queue.filters.${value}`),
        }))}
        fullWidth
        maw={420}
      />
      <QueryState query={submissions} skeleton="cards">
        {(items) =>
          items.length === 0 ? (
            <EmptyState
              title={t(`queue.empty.${status}`)}
              description={status === 'pending' ? t('queue.emptyHint') : undefined}
            />
          ) : (
            <Stack gap="sm" data-testid="submission-list">
              {items.map((s) => (
                <SubmissionCard
                  key={s.id}
                  orgId={orgId}
                  submission={s}
                  canReview={canReview}
                  bonus={bonusOf(s.bountyId)}
                />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}

function SubmissionCard({
  orgId,
  submission: s,
  canReview,
  bonus,
}: {
  orgId: string;
  submission: BountySubmission;
  canReview: boolean;
  bonus: { amountMinor: number; currency: string } | undefined;
}) {
  const { t, i18n } = useTranslation('workflows', { keyPrefix: 'bounties' });
  const review = useReviewSubmission(orgId);
  const [rejecting, setRejecting] = useState(false);
  // Approving books money for the affiliate: it is confirmed, as approving a conversion is.
  const [approving, setApproving] = useState(false);
  const [reason, setReason] = useState('');
  const who = s.affiliate.name ? `${s.affiliate.name} (${s.affiliate.email})` : s.affiliate.email;
  const close = () => {
    setRejecting(false);
    setApproving(false);
    setReason('');
    review.reset();
  };
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-label={t('queue.of', { who })}
      data-testid="submission-card"
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap" justify="space-between">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {who}
          </Text>
          <Badge variant="light" color={STATUS_COLOR[s.status]} tt="none">
            {t(`submissionStates.${s.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {[s.bountyName, formatDateTime(s.createdAt, i18n.language)].join(' · ')}
        </Text>
        <SubmissionLink url={s.url} />
        {s.note && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {t('queue.note', { note: s.note })}
          </Text>
        )}
        {s.reason && (
          <Text size="sm" c="red.8">
            {t('queue.reason', { reason: s.reason })}
          </Text>
        )}
        {canReview && s.status === 'pending' && (
          <>
            <Group gap="xs">
              <Button
                size="compact-sm"
                leftSection={<IconCheck size={14} aria-hidden />}
                onClick={() => setApproving(true)}
                aria-label={t('queue.approveOf', { who })}
              >
                {t('queue.approve')}
              </Button>
              <Button
                size="compact-sm"
                variant="outline"
                color="red"
                leftSection={<IconX size={14} aria-hidden />}
                onClick={() => setRejecting(true)}
                aria-label={t('queue.rejectOf', { who })}
              >
                {t('queue.reject')}
              </Button>
            </Group>
            {!rejecting && !approving && <ActionError error={review.error} />}
          </>
        )}
      </Stack>
      <ConfirmModal
        opened={approving}
        title={t('queue.approveTitle', { who })}
        message={
          bonus
            ? t('queue.approveMessage', {
                bounty: s.bountyName,
                bonus: formatMoney(bonus.amountMinor, bonus.currency, i18n.language),
              })
            : t('queue.approveMessageNoAmount', { bounty: s.bountyName })
        }
        confirmLabel={
          bonus
            ? t('queue.approveConfirm', { bonus: formatMoney(bonus.amountMinor, bonus.currency, i18n.language) })
            : t('queue.approve')
        }
        pending={review.isPending}
        error={review.error}
        onConfirm={() =>
          review.mutate(
            { submissionId: s.id, approve: true },
            {
              onSuccess: () => {
                close();
                notifyDone(t('queue.approved', { who, bounty: s.bountyName }));
              },
            },
          )
        }
        onClose={close}
      />
      <ConfirmModal
        opened={rejecting}
        title={t('queue.rejectTitle', { who })}
        message={t('queue.rejectMessage')}
        confirmLabel={t('queue.reject')}
        danger
        pending={review.isPending}
        error={review.error}
        onConfirm={() => {
          if (!reason.trim()) return;
          review.mutate(
            { submissionId: s.id, approve: false, reason: reason.trim() },
            {
              onSuccess: () => {
                close();
                notifyDone(t('queue.rejected', { who }));
              },
            },
          );
        }}
        onClose={close}
      >
        <Textarea
          label={t('queue.reasonLabel')}
          description={t('queue.reasonHint')}
          required
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
      </ConfirmModal>
    </Paper>
  );
}
