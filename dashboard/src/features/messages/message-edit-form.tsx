import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ThreadMessage, type ThreadRef, useEditMessage } from './queries/messages';
import { ErrorState } from '@/ui/error-state';
import { messageKeys } from './message-keys';

const MAX_CHARS = 5000;

/** Changes one's own message in place: Ctrl+Enter saves, Escape cancels, as the composer sends. */
export function MessageEditForm({
  message,
  threadRef,
  onDone,
}: {
  message: ThreadMessage;
  threadRef: ThreadRef;
  onDone: () => void;
}) {
  const { t } = useTranslation('campaigns');
  const [body, setBody] = useState(message.body);
  const edit = useEditMessage(threadRef);
  const ready = (body.trim().length > 0 || message.attachment !== null) && !edit.isPending;

  const save = async () => {
    if (!ready) return;
    try {
      await edit.mutateAsync({ messageId: message.id, body });
      onDone();
    } catch {
      // The error shows below the field; the text stays to try again.
    }
  };

  return (
    <Stack
      gap="xs"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Textarea
        label={t('messages.editLabel')}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        onKeyDown={messageKeys(() => void save(), onDone)}
        autoFocus
        autosize
        minRows={2}
        maxRows={8}
        maxLength={MAX_CHARS}
      />
      {edit.error && <ErrorState error={edit.error} />}
      <Group gap="xs" justify="flex-end">
        <Button variant="default" size="compact-sm" onClick={onDone}>
          {t('messages.cancelEdit')}
        </Button>
        <Button type="submit" size="compact-sm" disabled={!ready} loading={edit.isPending}>
          {t('messages.saveEdit')}
        </Button>
      </Group>
    </Stack>
  );
}
