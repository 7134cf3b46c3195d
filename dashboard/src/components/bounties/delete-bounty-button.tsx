import { Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Bounty, useDeleteBounty } from '@/queries/bounties';
import { ConfirmModal } from '../org-programs/confirm-modal';
import { useNotifyDone } from '../org-programs/use-notify-done';

/** Deletes a bounty nobody answered, after asking; the server refuses one with submissions or winners. */
export function DeleteBountyButton({ orgId, bounty }: { orgId: string; bounty: Bounty }) {
  const { t } = useTranslation('workflows', { keyPrefix: 'bounties' });
  const notify = useNotifyDone();
  const remove = useDeleteBounty(orgId);
  const [opened, setOpened] = useState(false);
  const close = () => {
    setOpened(false);
    remove.reset();
  };
  return (
    <>
      <Button
        variant="outline"
        color="red"
        size="compact-sm"
        leftSection={<IconTrash size={14} aria-hidden />}
        onClick={() => setOpened(true)}
        aria-label={t('delete.of', { name: bounty.name })}
      >
        {t('delete.button')}
      </Button>
      <ConfirmModal
        opened={opened}
        title={t('delete.title', { name: bounty.name })}
        message={t('delete.message')}
        confirmLabel={t('delete.confirm')}
        danger
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          remove.mutate(bounty.id, {
            onSuccess: () => {
              close();
              notify(t('delete.done', { name: bounty.name }));
            },
          })
        }
        onClose={close}
      />
    </>
  );
}
