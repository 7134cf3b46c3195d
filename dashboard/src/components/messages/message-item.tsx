import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { ThreadMessage, ThreadRef } from '@/queries/messages';
import { LinkedText } from './linked-text';
import { MessageImage } from './message-image';

/** One message: the caller's own on the right, the other side's on the left, with the author's name and time. */
export function MessageItem({ message, threadRef }: { message: ThreadMessage; threadRef: ThreadRef }) {
  const { t, i18n } = useTranslation('campaigns');
  const author = message.mine ? t('messages.you') : (message.authorName ?? t('messages.deletedAuthor'));
  return (
    <Box
      component="li"
      style={{ listStyle: 'none', display: 'flex', justifyContent: message.mine ? 'flex-end' : 'flex-start' }}
      data-testid="message"
    >
      <Paper
        withBorder
        p="sm"
        radius="md"
        maw="min(85%, 560px)"
        bg={message.mine ? 'var(--mantine-primary-color-light)' : undefined}
      >
        <Stack gap={6}>
          {/* On a phone a long name pushes the time below it rather than wrapping into a column. */}
          <Group gap={4} justify="space-between" wrap="wrap" style={{ columnGap: 16 }}>
            <Text size="xs" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {author}
            </Text>
            <Text size="xs" c="dimmed" component="time" dateTime={message.createdAt}>
              {formatDateTime(message.createdAt, i18n.language)}
            </Text>
          </Group>
          {message.body && <LinkedText text={message.body} />}
          {message.attachment && (
            <MessageImage threadRef={threadRef} messageId={message.id} alt={t('messages.imageAlt', { name: author })} />
          )}
        </Stack>
      </Paper>
    </Box>
  );
}
