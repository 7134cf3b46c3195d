import { Button, Center, SegmentedControl, Stack } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { createFileRoute, getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { EmptyState } from '@/ui/empty-state';
import { NotificationItem } from '@/features/notifications';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { notificationsQueryOptions } from '@/features/notifications';

export const Route = createFileRoute('/_app/account/notifications')({
  validateSearch: z.object({ show: z.catch(z.optional(z.enum(['all', 'unread'])), undefined) }),
  component: NotificationsPage,
});

// Read through the route id, not `Route`: the page's chunk then does not import the route module, which
// stays inlined in the route tree instead of becoming one more small chunk the first page load waits for.
const route = getRouteApi('/_app/account/notifications');

function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const { show = 'all' } = route.useSearch();
  const navigate = route.useNavigate();
  const unreadOnly = show === 'unread';
  const query = useInfiniteQuery(notificationsQueryOptions(unreadOnly));
  const unreadCount = query.data?.pages[0]?.unreadCount;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={unreadCount ? t('unreadCount', { count: unreadCount }) : t('description')}
        actions={
          <SegmentedControl
            aria-label={t('filter')}
            value={show}
            onChange={(value) =>
              void navigate({ search: (prev) => ({ ...prev, show: value === 'unread' ? 'unread' : undefined }) })
            }
            data={[
              { value: 'all', label: t('all') },
              { value: 'unread', label: t('unread') },
            ]}
          />
        }
      />
      <QueryState query={query}>
        {(data) => {
          const items = data.pages.flatMap((page) => page.items);
          if (items.length === 0)
            return (
              <EmptyState
                title={t(unreadOnly ? 'emptyUnread' : 'empty')}
                description={t(unreadOnly ? 'emptyUnreadHint' : 'emptyHint')}
              />
            );
          return (
            <Stack gap="sm" maw={760}>
              <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {items.map((notification) => (
                  <NotificationItem key={notification.id} notification={notification} />
                ))}
              </Stack>
              {query.hasNextPage && (
                <Center mt="sm">
                  <Button
                    variant="default"
                    onClick={() => void query.fetchNextPage()}
                    loading={query.isFetchingNextPage}
                  >
                    {t('loadMore')}
                  </Button>
                </Center>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
