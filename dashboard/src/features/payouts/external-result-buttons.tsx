import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import { notifyDone } from '@/lib/notify-done';
import { ReasonModalButton } from '@/ui/reason-modal-button';
import { ActionError } from './payout-action-error';
import { type PayoutItem, useSettleExternalItem } from './queries/payout-batches';

type Outcome = 'paid' | 'failed';

/**
 * An external item the advertiser was asked to pay (payout.external_requested): while it waits, finance
 * confirms it paid, with their own reference, or failed, with the reason (its money returns to the balance).
 */
export function ExternalResultButtons({
  orgId,
  batchId,
  item,
  requested,
}: {
  orgId: string;
  batchId: string;
  item: PayoutItem;
  /** The batch went out: the request was made. */
  requested: boolean;
}) {
  const { t } = useTranslation('finance');
  if (!requested || item.status !== 'pending') return null;
  return (
    <Stack gap={4} data-testid={`external-${item.id}`}>
      <Text size="xs" fw={500}>
        {t('external.awaiting')}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <OutcomeButton orgId={orgId} batchId={batchId} item={item} outcome="paid" />
        <OutcomeButton orgId={orgId} batchId={batchId} item={item} outcome="failed" />
      </Group>
    </Stack>
  );
}

function OutcomeButton({
  orgId,
  batchId,
  item,
  outcome,
}: {
  orgId: string;
  batchId: string;
  item: PayoutItem;
  outcome: Outcome;
}) {
  const { t, i18n } = useTranslation('finance');
  const settle = useSettleExternalItem(orgId, batchId);
  const amount = formatMoney(item.amountMinor, item.currency, i18n.language);
  return (
    <ReasonModalButton
      label={t(`external.${outcome}`)}
      ariaLabel={t(`external.${outcome}Label`, { amount, name: item.affiliateName })}
      color={outcome === 'paid' ? 'teal' : 'red'}
      title={t(`external.${outcome}Title`)}
      body={t(`external.${outcome}Body`, { amount, name: item.affiliateName })}
      field={{ label: t(`external.${outcome}Field`), maxLength: outcome === 'paid' ? 200 : 500 }}
      error={<ActionError error={settle.error} />}
      pending={settle.isPending}
      backLabel={t('confirm.back')}
      closeLabel={t('notice.close')}
      onSubmit={async (text) => {
        const note = text || undefined;
        await settle.mutateAsync({
          itemId: item.id,
          outcome,
          ...(outcome === 'paid' ? { reference: note } : { reason: note }),
        });
        notifyDone(t(`external.done.${outcome}`));
      }}
    />
  );
}
