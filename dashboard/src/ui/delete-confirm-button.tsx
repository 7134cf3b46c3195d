import { Alert, Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmModal } from './confirm-modal';
import { ErrorMessage } from './error-message';
import { notifyDone } from '@/lib/notify-done';

type Props = {
  /** What the mutation deletes (its id). */
  id: string;
  remove: UseMutationResult<unknown, Error, string>;
  /** The button's text, its accessible name (it names the row), the question, its detail, its red button and the toast after. */
  words: { button: string; of: string; title: string; message: string; confirm: string; done: string } & {
    /** A title for the refusal (the server's sentence below it) where the kind of error would not say enough. */
    refused?: string;
  };
  /** Why it cannot be deleted at all (e.g. the default group): the button is disabled and says so. */
  disabledReason?: string | undefined;
};

/** A red Delete button that asks first; a refusal stays in the dialog, a success closes it with a toast. */
export function DeleteConfirmButton({ id, remove, words, disabledReason }: Props) {
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
        disabled={disabledReason !== undefined}
        title={disabledReason}
        onClick={() => setOpened(true)}
        aria-label={words.of}
      >
        {words.button}
      </Button>
      <ConfirmModal
        opened={opened}
        title={words.title}
        message={words.message}
        confirmLabel={words.confirm}
        danger
        pending={remove.isPending}
        error={words.refused ? null : remove.error}
        onConfirm={() =>
          remove.mutate(id, {
            onSuccess: () => {
              close();
              notifyDone(words.done);
            },
          })
        }
        onClose={close}
      >
        {words.refused && remove.isError && (
          <Alert color="red" variant="light" role="alert" title={words.refused}>
            <ErrorMessage error={remove.error} />
          </Alert>
        )}
      </ConfirmModal>
    </>
  );
}
