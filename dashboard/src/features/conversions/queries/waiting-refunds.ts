import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type WaitingRefund = components['schemas']['WaitingRefund'];

export const waitingRefundsKeys = { all: ['waiting-refunds'] as const };

/** Stripe refunds of the organization waiting for the sale they refund (at most 200, oldest first). */
export const waitingRefundsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...waitingRefundsKeys.all, orgId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/waiting-refunds', { params: { path: { orgId }, query: { limit: 200 } }, signal })),
  });

export const useWaitingRefunds = (orgId: string) => useQuery(waitingRefundsQueryOptions(orgId));
