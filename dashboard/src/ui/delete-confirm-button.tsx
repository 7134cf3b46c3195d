import { Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmModal } from './confirm-modal';
import { notifyDone } from '@/lib/notify-done';

type Props = {
  /** What the mutation deletes (its id). */
  id: string;
  remove: UseMutationResult<unknown, Error, string>;
  /** The button's text, its accessible name (it names the row), the question, its detail, its red button and the toast after. */
  words: { button: string; of: string; title: string; message: string; confirm: string; done: string };
};

/** A red Delete button that asks first; a refusal stays in the dialog, a success closes it with a toast. */
export function DeleteConfirmButton({ id, remove, words }: Props) {
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
        error={remove.error}
        onConfirm={() =>
          remove.mutate(id, {
            onSuccess: () => {
              close();
              notifyDone(words.done);
            },
          })
        }
        onClose={close}
      />
    </>
  );
}
