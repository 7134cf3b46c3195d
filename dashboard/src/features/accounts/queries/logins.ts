import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type LoginRecord = components['schemas']['Logins']['logins'][number];

export const loginKeys = { all: ['logins'] as const };

export const loginsQueryOptions = (limit: number) =>
  queryOptions({
    queryKey: [...loginKeys.all, limit],
    queryFn: ({ signal }) => unwrap(api.GET('/me/logins', { params: { query: { limit } }, signal })),
  });
