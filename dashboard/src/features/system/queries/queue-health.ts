import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type QueueHealth = components['schemas']['QueueHealth'];

export const queueHealthKeys = { all: ['queue-health'] as const };

export const queueHealthQueryOptions = queryOptions({
  queryKey: queueHealthKeys.all,
  queryFn: ({ signal }) => unwrap(api.GET('/platform/queues/health', { signal })),
  // Backlogs move by the minute; the page refreshes itself while open.
  refetchInterval: 60_000,
});

export const useQueueHealth = () => useQuery(queueHealthQueryOptions);
