import { ActionIcon, Button, CloseButton, FileButton, Group, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconPaperclip, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ThreadRef, useSendMessage, useUploadMessageImage } from './queries/messages';
import { ErrorState } from '@/ui/error-state';
import { messageKeys } from './message-keys';

const IMAGE_TYPES = 'image/png,image/jpeg,image/gif,image/webp';
const MAX_CHARS = 5000;

/** Writes a message with an optional image: the image is uploaded first, then sent with the text. */
export function Composer({ threadRef, onSent }: { threadRef: ThreadRef; onSent?: () => void }) {
  const { t } = useTranslation('campaigns');
  const [body, setBody] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const send = useSendMessage(threadRef);
  const upload = useUploadMessageImage(threadRef);
  const busy = send.isPending || upload.isPending;
  const ready = (body.trim().length > 0 || file !== null) && !busy;

  const submit = async () => {
    if (!ready) return;
    try {
      const attachmentKey = file ? (await upload.mutateAsync(file)).key : undefined;
      await send.mutateAsync({ body, attachmentKey });
      setBody('');
      setFile(null);
      onSent?.();
    } catch {
      // The error shows below the composer (send.error / upload.error); the text stays to try again.
    }
  };

  return (
    <Stack
      gap="xs"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Textarea
        label={t('messages.composerLabel')}
        placeholder={t('messages.composerPlaceholder')}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        onKeyDown={messageKeys(() => void submit())}
        autosize
        minRows={2}
        maxRows={8}
        maxLength={MAX_CHARS}
      />
      {file && (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" truncate>
            {file.name}
          </Text>
          <CloseButton size="sm" aria-label={t('messages.removeImage')} onClick={() => setFile(null)} />
        </Group>
      )}
      {(send.error || upload.error) && <ErrorState error={(upload.error ?? send.error)!} />}
      <Group justify="space-between" wrap="nowrap">
        <FileButton onChange={setFile} accept={IMAGE_TYPES}>
          {(props) => (
            <Tooltip label={t('messages.attachHint')}>
              <ActionIcon {...props} variant="default" size="lg" aria-label={t('messages.attach')}>
                <IconPaperclip size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          )}
        </FileButton>
        <Button type="submit" disabled={!ready} loading={busy} leftSection={<IconSend size={16} aria-hidden />}>
          {t('messages.send')}
        </Button>
      </Group>
    </Stack>
  );
}
