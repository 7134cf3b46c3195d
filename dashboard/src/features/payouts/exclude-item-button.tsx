import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import { notifyDone } from '@/lib/notify-done';
import { ReasonModalButton } from '@/ui/reason-modal-button';
import { ActionError } from './payout-action-error';
import { type PayoutItem, useExcludePayoutItem } from './queries/payout-batches';

/** Takes one item out of a proposed batch, with the reason the audit log keeps. */
export function ExcludeItemButton({ orgId, batchId, item }: { orgId: string; batchId: string; item: PayoutItem }) {
  const { t, i18n } = useTranslation('finance');
  const exclude = useExcludePayoutItem(orgId, batchId);
  return (
    <ReasonModalButton
      label={t('batch.exclude')}
      ariaLabel={t('batch.excludeLabel', { email: item.receiverEmail })}
      color="red"
      title={t('confirm.excludeTitle')}
      body={t('confirm.excludeBody', {
        amount: formatMoney(item.amountMinor, item.currency, i18n.language),
        email: item.receiverEmail,
      })}
      field={{
        label: t('confirm.reason'),
        description: t('confirm.reasonDescription'),
        maxLength: 500,
        multiline: true,
        requiredMessage: t('confirm.reasonRequired'),
      }}
      error={<ActionError error={exclude.error} />}
      pending={exclude.isPending}
      backLabel={t('confirm.back')}
      closeLabel={t('notice.close')}
      onSubmit={async (reason) => {
        await exclude.mutateAsync({ itemId: item.id, reason });
        notifyDone(t('done.exclude'));
      }}
    />
  );
}
