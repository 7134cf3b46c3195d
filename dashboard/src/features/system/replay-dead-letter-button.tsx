import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DeadLetter, useReplayDeadLetter } from './queries/dead-letters';
import { ConfirmActionModal } from './confirm-action-modal';
import { notifyDone } from '@/lib/notify-done';

/** Sends one dead letter back to its queue after a confirmation; a letter is replayed at most once. */
export function ReplayDeadLetterButton({ letter }: { letter: DeadLetter }) {
  const { t } = useTranslation('platform');
  const [opened, setOpened] = useState(false);
  const replay = useReplayDeadLetter();
  const close = () => {
    replay.reset();
    setOpened(false);
  };
  return (
    <>
      <Button size="xs" variant="light" onClick={() => setOpened(true)}>
        {t('deadLetters.replay')}
      </Button>
      <ConfirmActionModal
        opened={opened}
        onClose={close}
        title={t('deadLetters.replayTitle')}
        confirmLabel={t('deadLetters.replay')}
        pending={replay.isPending}
        error={replay.error}
        explainError={(error) =>
          error.code === 'conflict'
            ? t('deadLetters.replayConflict')
            : error.code === 'service_unavailable'
              ? t('deadLetters.replayUnavailable')
              : null
        }
        onConfirm={() =>
          replay.mutate(letter.id, {
            onSuccess: () => {
              setOpened(false);
              notifyDone(t('deadLetters.replayed', { queue: letter.queue }));
            },
          })
        }
      >
        {t('deadLetters.replayText', { queue: letter.queue })}
      </ConfirmActionModal>
    </>
  );
}
