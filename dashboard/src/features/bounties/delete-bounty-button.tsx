import { useTranslation } from 'react-i18next';
import { type Bounty, useDeleteBounty } from './queries/bounties';
import { DeleteConfirmButton } from '@/ui/delete-confirm-button';

/** Deletes a bounty nobody answered, after asking; the server refuses one with submissions or winners. */
export function DeleteBountyButton({ orgId, bounty }: { orgId: string; bounty: Bounty }) {
  const { t } = useTranslation('workflows', { keyPrefix: 'bounties' });
  const { name } = bounty;
  return (
    <DeleteConfirmButton
      id={bounty.id}
      remove={useDeleteBounty(orgId)}
      words={{
        button: t('delete.button'),
        of: t('delete.of', { name }),
        title: t('delete.title', { name }),
        message: t('delete.message'),
        confirm: t('delete.confirm'),
        done: t('delete.done', { name }),
      }}
    />
  );
}
