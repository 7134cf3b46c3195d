import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import { type PayoutItem, useExcludePayoutItem } from './queries/payout-batches';
import { ActionError } from './payout-action-error';
import { notifyDone } from '@/lib/notify-done';

/** Takes one item out of a proposed batch, with the reason the audit log keeps. */
export function ExcludeItemButton({ orgId, batchId, item }: { orgId: string; batchId: string; item: PayoutItem }) {
  const { t, i18n } = useTranslation('finance');
  const [opened, { open, close }] = useDisclosure(false);
  const exclude = useExcludePayoutItem(orgId, batchId);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim().length === 0 ? t('confirm.reasonRequired') : null) },
  });
  const submit = form.onSubmit(async ({ reason }) => {
    await exclude.mutateAsync({ itemId: item.id, reason: reason.trim() });
    notifyDone(t('done.exclude'));
    close();
  });
  return (
    <>
      <Button
        size="xs"
        variant="light"
        color="red"
        onClick={open}
        aria-label={t('batch.excludeLabel', { email: item.receiverEmail })}
      >
        {t('batch.exclude')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('confirm.excludeTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('notice.close') }}
      >
        <form onSubmit={(event) => void submit(event)}>
          <Stack gap="md">
            <Text size="sm">
              {t('confirm.excludeBody', {
                amount: formatMoney(item.amountMinor, item.currency, i18n.language),
                email: item.receiverEmail,
              })}
            </Text>
            <Textarea
              label={t('confirm.reason')}
              description={t('confirm.reasonDescription')}
              maxLength={500}
              autosize
              minRows={2}
              data-autofocus
              {...form.getInputProps('reason')}
            />
            <ActionError error={exclude.error} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('confirm.back')}
              </Button>
              <Button type="submit" color="red" loading={exclude.isPending}>
                {t('batch.exclude')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
