import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrapAccepting } from '@/lib/api/unwrap';

export type Health = components['schemas']['Health'];

export const healthKeys = { all: ['health'] as const };

export const healthQueryOptions = queryOptions({
  queryKey: healthKeys.all,
  // 503 carries the same body and means "degraded", which the page shows rather than treats as an error.
  queryFn: ({ signal }) => unwrapAccepting(api.GET('/health', { signal }), [503]) as Promise<Health>,
});
