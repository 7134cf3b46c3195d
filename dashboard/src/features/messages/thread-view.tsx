import { Stack } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { threadQueryOptions, type ThreadRef, useMarkThreadRead } from './queries/messages';
import { EmptyState } from '@/ui/empty-state';
import { ErrorState } from '@/ui/error-state';
import { LoadingState } from '@/ui/loading-state';
import { Composer } from './composer';
import { MessageItem } from './message-item';
import { NextPageButton } from './next-page-button';

/**
 * A conversation: older messages on demand above, the newest at the bottom, the composer below. Showing it
 * marks it read (again whenever a newer message arrives while it is open). Staff under a support grant read only.
 */
export function ThreadView({ threadRef, readOnly = false }: { threadRef: ThreadRef; readOnly?: boolean }) {
  const { t } = useTranslation('campaigns');
  const query = useInfiniteQuery(threadQueryOptions(threadRef));
  const markRead = useMarkThreadRead(threadRef);
  const newest = query.data?.pages[0]?.items[0];
  const end = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: marks read when the newest message changes
  useEffect(() => {
    if (!newest || readOnly) return;
    if (!newest.mine) markRead.mutate();
    end.current?.scrollIntoView({ block: 'nearest' });
  }, [newest?.id, readOnly]);

  if (query.isPending) return <LoadingState shape="cards" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  // Pages come newest first; the conversation reads oldest first.
  const messages = query.data.pages.flatMap((p) => p.items).reverse();
  const empty = threadRef.side === 'affiliate' ? 'emptyMine' : 'emptyThread';
  return (
    <Stack gap="md">
      <NextPageButton query={query} label={t('messages.older')} />
      {messages.length === 0 ? (
        <EmptyState title={t(`messages.${empty}`)} description={t(`messages.${empty}Hint`)} />
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} aria-live="polite" aria-label={t('messages.threadsLabel')}>
          {messages.map((m) => (
            <MessageItem key={m.id} message={m} threadRef={threadRef} />
          ))}
        </Stack>
      )}
      <div ref={end} />
      {!readOnly && <Composer threadRef={threadRef} />}
    </Stack>
  );
}
