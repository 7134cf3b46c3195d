import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type PlatformUser,
  useApproveAffiliate,
  useBanUser,
  useRejectAffiliate,
  useUnbanUser,
} from '@/features/accounts';
import { ConfirmActionModal } from './confirm-action-modal';
import { advertiserManaged } from './user-flags';
import { notifyDone } from '@/lib/notify-done';

type Action = 'approve' | 'reject' | 'ban' | 'unban';

/**
 * Approve or reject an affiliate account (affiliate accounts only: staff have nothing to review), ban or
 * unban one user, each after a confirmation. Rendered only for owners and admins.
 */
export function UserActions({ user }: { user: PlatformUser }) {
  const { t } = useTranslation('platform');
  const [open, setOpen] = useState<Action | null>(null);
  const approve = useApproveAffiliate();
  const reject = useRejectAffiliate();
  const ban = useBanUser();
  const unban = useUnbanUser();
  const mutation = { approve, reject, ban, unban }[open ?? 'unban'];
  // An advertiser's account the person has not taken over asked for no review: nothing to approve or reject.
  const reviewable =
    !user.banned &&
    !advertiserManaged(user) &&
    (user.affiliateStatus === 'pending' || user.affiliateStatus === 'rejected');
  const explainReview = (error: { code: string }) =>
    error.code === 'not_affiliate_account' ? t('users.notAffiliate') : null;
  const close = () => {
    mutation.reset();
    setOpen(null);
  };
  const done = (message: string) => () => {
    setOpen(null);
    notifyDone(message);
  };
  const who = user.email;
  return (
    <>
      <Group gap="xs" wrap="nowrap">
        {reviewable && (
          <Button size="xs" variant="light" onClick={() => setOpen('approve')}>
            {t('users.approve')}
          </Button>
        )}
        {reviewable && user.affiliateStatus === 'pending' && (
          <Button size="xs" variant="default" onClick={() => setOpen('reject')}>
            {t('users.reject')}
          </Button>
        )}
        {user.banned ? (
          <Button size="xs" variant="default" onClick={() => setOpen('unban')}>
            {t('users.unban')}
          </Button>
        ) : (
          <Button size="xs" variant="light" color="red" onClick={() => setOpen('ban')}>
            {t('users.ban')}
          </Button>
        )}
      </Group>
      <ConfirmActionModal
        opened={open === 'approve'}
        onClose={close}
        title={t('users.approveTitle')}
        confirmLabel={t('users.approve')}
        pending={approve.isPending}
        error={approve.error}
        explainError={explainReview}
        onConfirm={() => approve.mutate(user.id, { onSuccess: done(t('users.approved', { who })) })}
      >
        {t('users.approveText', { who })}
      </ConfirmActionModal>
      <ConfirmActionModal
        opened={open === 'reject'}
        onClose={close}
        title={t('users.rejectTitle')}
        confirmLabel={t('users.reject')}
        color="red"
        withReason
        reasonHint={t('users.rejectReasonHint')}
        pending={reject.isPending}
        error={reject.error}
        explainError={explainReview}
        onConfirm={(reason) =>
          reject.mutate({ userId: user.id, reason }, { onSuccess: done(t('users.rejected', { who })) })
        }
      >
        {t('users.rejectText', { who })}
      </ConfirmActionModal>
      <ConfirmActionModal
        opened={open === 'ban'}
        onClose={close}
        title={t('users.banTitle')}
        confirmLabel={t('users.ban')}
        color="red"
        withReason
        pending={ban.isPending}
        error={ban.error}
        explainError={(error) =>
          error.code === 'conflict' ? t('users.banSelf') : error.code === 'forbidden' ? t('users.banStaff') : null
        }
        onConfirm={(reason) => ban.mutate({ userId: user.id, reason }, { onSuccess: done(t('users.banned', { who })) })}
      >
        {t('users.banText', { who })}
      </ConfirmActionModal>
      <ConfirmActionModal
        opened={open === 'unban'}
        onClose={close}
        title={t('users.unbanTitle')}
        confirmLabel={t('users.unban')}
        pending={unban.isPending}
        error={unban.error}
        onConfirm={() => unban.mutate(user.id, { onSuccess: done(t('users.unbanned', { who })) })}
      >
        {t('users.unbanText', { who })}
      </ConfirmActionModal>
    </>
  );
}
