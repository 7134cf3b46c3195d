import { Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withinEditWindow } from '@domain/message-rules';
import { formatDateTime } from '@/lib/format';
import type { ThreadMessage, ThreadRef } from './queries/messages';
import { DeleteMessageModal } from './delete-message-modal';
import { LinkedText } from './linked-text';
import { MessageEditForm } from './message-edit-form';
import { MessageImage } from './message-image';

/** One message: the caller's own on the right, the other side's on the left, with the author's name and time. */
export function MessageItem({ message, threadRef }: { message: ThreadMessage; threadRef: ThreadRef }) {
  const { t, i18n } = useTranslation('campaigns');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const author = message.mine ? t('messages.you') : (message.authorName ?? t('messages.deletedAuthor'));
  const deleted = message.deletedAt !== null;
  // The server has the last word on the window; the button goes once it has passed.
  const editable = message.mine && !deleted && withinEditWindow(new Date(message.createdAt), new Date());
  return (
    <Box
      component="li"
      style={{ listStyle: 'none', display: 'flex', justifyContent: message.mine ? 'flex-end' : 'flex-start' }}
      data-testid="message"
      data-deleted={deleted}
    >
      <Paper
        withBorder
        p="sm"
        radius="md"
        maw="min(85%, 560px)"
        miw={editing ? 'min(85%, 360px)' : undefined}
        bg={message.mine && !deleted ? 'var(--mantine-primary-color-light)' : undefined}
      >
        <Stack gap={6}>
          {/* On a phone a long name pushes the time below it rather than wrapping into a column. */}
          <Group gap={4} justify="space-between" wrap="wrap" style={{ columnGap: 16 }}>
            <Text size="xs" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {author}
            </Text>
            <Text size="xs" c="dimmed">
              <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, i18n.language)}</time>
              {message.editedAt && !deleted && (
                <span title={formatDateTime(message.editedAt, i18n.language)}> · {t('messages.edited')}</span>
              )}
            </Text>
          </Group>
          {deleted ? (
            <Text size="sm" c="dimmed" fs="italic">
              {t('messages.deleted')}
            </Text>
          ) : editing ? (
            <MessageEditForm message={message} threadRef={threadRef} onDone={() => setEditing(false)} />
          ) : (
            message.body && <LinkedText text={message.body} />
          )}
          {message.attachment && (
            <MessageImage threadRef={threadRef} messageId={message.id} alt={t('messages.imageAlt', { name: author })} />
          )}
          {message.mine && !deleted && !editing && (
            <Group gap="sm" justify="flex-end">
              {editable && (
                <Button
                  variant="subtle"
                  size="compact-xs"
                  onClick={() => setEditing(true)}
                  aria-label={t('messages.editAria', { time: formatDateTime(message.createdAt, i18n.language) })}
                >
                  {t('messages.edit')}
                </Button>
              )}
              <Button
                variant="subtle"
                size="compact-xs"
                onClick={() => setDeleting(true)}
                aria-label={t('messages.deleteAria', { time: formatDateTime(message.createdAt, i18n.language) })}
              >
                {t('messages.delete')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
      {message.mine && !deleted && (
        <DeleteMessageModal
          messageId={message.id}
          threadRef={threadRef}
          opened={deleting}
          onClose={() => setDeleting(false)}
        />
      )}
    </Box>
  );
}
