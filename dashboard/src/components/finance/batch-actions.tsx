import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/format';
import { type PayoutBatch, useBatchAction } from '../../queries/payout-batches';
import { ActionError } from './action-error';
import { ConfirmActionButton } from './confirm-action-button';

/** Approve, send or cancel, as the batch's status allows; each confirmed first, refusals explained below. */
export function BatchActions({ orgId, batch }: { orgId: string; batch: PayoutBatch }) {
  const { t, i18n } = useTranslation('finance');
  const approve = useBatchAction(orgId, batch.id, 'approve');
  const send = useBatchAction(orgId, batch.id, 'send');
  const cancel = useBatchAction(orgId, batch.id, 'cancel');
  const run = (action: typeof approve, done: 'approve' | 'send' | 'cancel') => async () => {
    for (const other of [approve, send, cancel]) other.reset();
    await action.mutateAsync();
    notifications.show({
      closeButtonProps: { 'aria-label': t('notice.close') },
      color: 'green',
      message: t(`done.${done}`),
    });
  };
  const total = formatMoney(batch.totalMinor, batch.currency, i18n.language);
  const error = approve.error ?? send.error ?? cancel.error;
  return (
    <Stack gap="sm" w="100%">
      <Stack gap="sm" style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
        {batch.status === 'proposed' && batch.itemCount > 0 && (
          <ConfirmActionButton
            label={t('batch.approve')}
            title={t('confirm.approveTitle')}
            body={t('confirm.approveBody')}
            loading={approve.isPending}
            onConfirm={run(approve, 'approve')}
          />
        )}
        {batch.status === 'approved' && (
          <ConfirmActionButton
            label={t('batch.send')}
            title={t('confirm.sendTitle')}
            body={
              <Stack gap="xs">
                <Text size="sm">{t('confirm.sendBody', { count: batch.itemCount })}</Text>
                <Text fw={700} data-testid="send-total">
                  {t('confirm.sendTotal', { total })}
                </Text>
              </Stack>
            }
            loading={send.isPending}
            onConfirm={run(send, 'send')}
          />
        )}
        {(batch.status === 'proposed' || batch.status === 'approved') && (
          <ConfirmActionButton
            label={t('batch.cancel')}
            title={t('confirm.cancelTitle')}
            body={t('confirm.cancelBody')}
            color="red"
            variant="light"
            loading={cancel.isPending}
            onConfirm={run(cancel, 'cancel')}
          />
        )}
      </Stack>
      <ActionError error={error} />
    </Stack>
  );
}
