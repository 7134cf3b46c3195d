import { Badge, Group, NavLink, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPhoto, IconSearch } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRelative } from '@/lib/format';
import { threadsQueryOptions } from './queries/messages';
import { EmptyState } from '@/ui/empty-state';
import { ErrorState } from '@/ui/error-state';
import { LoadingState } from '@/ui/loading-state';
import { NextPageButton } from './next-page-button';

/** The inbox's threads: search by the affiliate's name or email, all or unread only, more on demand. */
export function ThreadList({
  orgId,
  selected,
  onSelect,
}: {
  orgId: string;
  selected: string | undefined;
  onSelect: (affiliateId: string, name: string) => void;
}) {
  const { t, i18n } = useTranslation('campaigns');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const query = useInfiniteQuery(threadsQueryOptions(orgId, { search: debounced, unread: filter === 'unread' }));
  const threads = query.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = debounced !== '' || filter === 'unread';
  return (
    <Stack gap="sm">
      <TextInput
        label={t('messages.search')}
        placeholder={t('messages.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maxLength={200}
      />
      <SegmentedControl
        aria-label={t('messages.filterLabel')}
        value={filter}
        onChange={(v) => setFilter(v as 'all' | 'unread')}
        data={[
          { value: 'all', label: t('messages.filterAll') },
          { value: 'unread', label: t('messages.filterUnread') },
        ]}
      />
      {query.isPending ? (
        <LoadingState shape="rows" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : threads.length === 0 ? (
        <EmptyState
          title={t(filtered ? 'messages.noMatch' : 'messages.noThreads')}
          description={t(filtered ? 'messages.noMatchHint' : 'messages.noThreadsHint')}
        />
      ) : (
        <Stack component="ul" gap={2} p={0} m={0} aria-label={t('messages.threadsLabel')}>
          {threads.map((thread) => {
            const last = thread.lastMessage;
            // Dimmed grey fails contrast on the open thread's tinted background: there the text keeps its colour.
            const quiet = thread.affiliate.id === selected ? 'var(--mantine-color-text)' : 'dimmed';
            const preview = last?.deleted
              ? t('messages.deleted')
              : last?.body || (last?.hasImage ? t('messages.image') : '');
            return (
              <li key={thread.id} style={{ listStyle: 'none' }}>
                <NavLink
                  component="button"
                  type="button"
                  active={thread.affiliate.id === selected}
                  aria-current={thread.affiliate.id === selected ? 'true' : undefined}
                  onClick={() => onSelect(thread.affiliate.id, thread.affiliate.name)}
                  data-testid="thread"
                  label={
                    <Group justify="space-between" wrap="nowrap" gap="xs">
                      <Text size="sm" fw={thread.unread > 0 ? 700 : 500} truncate>
                        {thread.affiliate.name}
                      </Text>
                      <Text size="xs" c={quiet} style={{ flexShrink: 0 }}>
                        {formatRelative(thread.lastMessageAt, i18n.language)}
                      </Text>
                    </Group>
                  }
                  description={
                    <Group justify="space-between" wrap="nowrap" gap="xs">
                      <Text size="xs" c={quiet} truncate>
                        {last?.side === 'advertiser' ? `${t('messages.you')}: ` : ''}
                        {last?.hasImage && !last.body && <IconPhoto size={12} aria-hidden />} {preview}
                      </Text>
                      {thread.unread > 0 && (
                        <Badge
                          size="sm"
                          color="red.8"
                          circle={thread.unread < 10}
                          aria-label={t('messages.unreadCount', { count: thread.unread })}
                        >
                          {thread.unread > 99 ? '99+' : thread.unread}
                        </Badge>
                      )}
                    </Group>
                  }
                />
              </li>
            );
          })}
        </Stack>
      )}
      <NextPageButton query={query} label={t('messages.moreThreads')} />
    </Stack>
  );
}
