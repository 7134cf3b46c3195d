import { Anchor, Image, Skeleton, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageImageQueryOptions, type ThreadRef } from './queries/messages';

/** A message's image, fetched with the session (the route is private to the thread) and shown from a blob URL. */
export function MessageImage({ threadRef, messageId, alt }: { threadRef: ThreadRef; messageId: string; alt: string }) {
  const { t } = useTranslation('campaigns');
  const query = useQuery(messageImageQueryOptions(threadRef, messageId));
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!(query.data instanceof Blob)) return;
    const next = URL.createObjectURL(query.data);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [query.data]);
  if (query.isError)
    return (
      <Text size="sm" c="dimmed">
        {t('messages.imageFailed')}
      </Text>
    );
  if (!url) return <Skeleton h={160} w={220} radius="sm" />;
  return (
    <Anchor href={url} target="_blank" rel="noopener" aria-label={alt}>
      {/* Its own size up to 320 px, never stretched: a small screenshot stays small. */}
      <Image
        src={url}
        alt={alt}
        w="auto"
        h="auto"
        maw="min(100%, 320px)"
        mah={320}
        radius="sm"
        // A screenshot of a white page would melt into the bubble without an edge.
        style={{ border: '1px solid var(--mantine-color-default-border)' }}
      />
    </Anchor>
  );
}
