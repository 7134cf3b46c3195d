import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import { notifyDone } from '@/lib/notify-done';
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
      <Text size="xs" c="yellow.8">
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
  const [opened, { open, close }] = useDisclosure(false);
  const settle = useSettleExternalItem(orgId, batchId);
  const form = useForm({ initialValues: { text: '' } });
  const submit = form.onSubmit(async ({ text }) => {
    const note = text.trim() || undefined;
    await settle.mutateAsync({
      itemId: item.id,
      outcome,
      ...(outcome === 'paid' ? { reference: note } : { reason: note }),
    });
    notifyDone(t(`external.done.${outcome}`));
    close();
  });
  const amount = formatMoney(item.amountMinor, item.currency, i18n.language);
  return (
    <>
      <Button
        size="xs"
        variant="light"
        color={outcome === 'paid' ? 'teal' : 'red'}
        onClick={open}
        aria-label={t(`external.${outcome}Label`, { amount, name: item.affiliateName })}
      >
        {t(`external.${outcome}`)}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t(`external.${outcome}Title`)}
        centered
        closeButtonProps={{ 'aria-label': t('notice.close') }}
      >
        <form onSubmit={(event) => void submit(event)}>
          <Stack gap="md">
            <Text size="sm">{t(`external.${outcome}Body`, { amount, name: item.affiliateName })}</Text>
            <TextInput
              label={t(`external.${outcome}Field`)}
              maxLength={outcome === 'paid' ? 200 : 500}
              data-autofocus
              {...form.getInputProps('text')}
            />
            <ActionError error={settle.error} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('confirm.back')}
              </Button>
              <Button type="submit" color={outcome === 'paid' ? 'teal' : 'red'} loading={settle.isPending}>
                {t(`external.${outcome}`)}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
