import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PlatformDelivery, useReplayDelivery } from './queries/platform-deliveries';
import { ConfirmActionModal } from './confirm-action-modal';
import { notifyDone } from '@/lib/notify-done';

/** Re-fires a failed or stuck postback with a new series of attempts, after a confirmation. */
export function ReplayDeliveryButton({ delivery }: { delivery: PlatformDelivery }) {
  const { t } = useTranslation('platform');
  const [opened, setOpened] = useState(false);
  const replay = useReplayDelivery();
  const close = () => {
    replay.reset();
    setOpened(false);
  };
  const host = delivery.host ?? '—';
  return (
    <>
      <Button size="xs" variant="light" onClick={() => setOpened(true)}>
        {t('postbacks.replay')}
      </Button>
      <ConfirmActionModal
        opened={opened}
        onClose={close}
        title={t('postbacks.replayTitle')}
        confirmLabel={t('postbacks.replay')}
        pending={replay.isPending}
        error={replay.error}
        explainError={(error) => (error.code === 'conflict' ? t('postbacks.replayConflict') : null)}
        onConfirm={() =>
          replay.mutate(delivery.id, {
            onSuccess: () => {
              setOpened(false);
              notifyDone(t('postbacks.replayed', { host }));
            },
          })
        }
      >
        {t('postbacks.replayText', { host, attempts: delivery.attempts })}
      </ConfirmActionModal>
    </>
  );
}
