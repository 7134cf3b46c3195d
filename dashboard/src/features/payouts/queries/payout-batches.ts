import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { orgBalancesKeys } from './org-balances';
import { cursorPages } from '@/ui/paged-query';

export type PayoutBatch = components['schemas']['PayoutBatch'];
export type PayoutItem = components['schemas']['PayoutItem'];
export type PayoutBatchDuties = components['schemas']['PayoutBatchDuties'];
export type PayoutBatchPerson = PayoutBatchDuties['eligible'][number];
export type PayoutBatchActionState = components['schemas']['PayoutBatchActionState'];
export type PayoutProposal = components['schemas']['PayoutProposal'];
export type PayoutBatchStatus = PayoutBatch['status'];

export const payoutBatchKeys = { all: ['payout-batches'] as const };

/** Statuses PayPal may still change: the batch page polls while the batch is in one of them. */
export const OPEN_BATCH_STATUSES: ReadonlySet<PayoutBatchStatus> = new Set(['sending', 'sent']);
const POLL_MS = 3_000;

export const payoutBatchesQueryOptions = (orgId: string, status?: PayoutBatchStatus) =>
  infiniteQueryOptions({
    queryKey: [...payoutBatchKeys.all, orgId, 'list', status ?? null],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/orgs/{orgId}/payouts', {
          params: { path: { orgId }, query: { status, cursor: pageParam, limit: 50 } },
          signal,
        }),
      ),
    ...cursorPages,
  });

export const usePayoutBatches = (orgId: string, status?: PayoutBatchStatus) =>
  useInfiniteQuery(payoutBatchesQueryOptions(orgId, status));

/** A batch with its parts and first 100 items; polled while PayPal is still processing it. */
export const payoutBatchQueryOptions = (orgId: string, batchId: string) =>
  queryOptions({
    queryKey: [...payoutBatchKeys.all, orgId, batchId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/payouts/{batchId}', {
          params: { path: { orgId, batchId }, query: { limit: 100 } },
          signal,
        }),
      ),
    refetchInterval: (query) =>
      query.state.data && OPEN_BATCH_STATUSES.has(query.state.data.batch.status) ? POLL_MS : false,
  });

export const usePayoutBatch = (orgId: string, batchId: string) => useQuery(payoutBatchQueryOptions(orgId, batchId));

export const payoutReconciliationQueryOptions = (orgId: string, batchId: string) =>
  queryOptions({
    queryKey: [...payoutBatchKeys.all, orgId, batchId, 'reconciliation'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/payouts/{batchId}/reconciliation', {
          params: { path: { orgId, batchId }, query: { limit: 100 } },
          signal,
        }),
      ),
  });

export const usePayoutReconciliation = (orgId: string, batchId: string) =>
  useQuery(payoutReconciliationQueryOptions(orgId, batchId));

/** After any change to a batch, its list, page and the balances it moves are read again. */
function useInvalidateMoney(orgId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: [...payoutBatchKeys.all, orgId] }),
      queryClient.invalidateQueries({ queryKey: orgBalancesKeys.all }),
    ]);
}

export function useProposePayouts(orgId: string) {
  const invalidate = useInvalidateMoney(orgId);
  return useMutation({
    mutationFn: () => unwrap(api.POST('/orgs/{orgId}/payouts/propose', { params: { path: { orgId } } })),
    onSuccess: invalidate,
  });
}

type BatchAction = 'approve' | 'send' | 'cancel';

export function useBatchAction(orgId: string, batchId: string, action: BatchAction) {
  const invalidate = useInvalidateMoney(orgId);
  const params = { params: { path: { orgId, batchId } } };
  return useMutation({
    mutationFn: async () => {
      if (action === 'approve') return unwrap(api.POST('/orgs/{orgId}/payouts/{batchId}/approve', params));
      if (action === 'send') return unwrap(api.POST('/orgs/{orgId}/payouts/{batchId}/send', params));
      return unwrap(api.POST('/orgs/{orgId}/payouts/{batchId}/cancel', params));
    },
    onSuccess: invalidate,
  });
}

export function useExcludePayoutItem(orgId: string, batchId: string) {
  const invalidate = useInvalidateMoney(orgId);
  return useMutation({
    mutationFn: ({ itemId, reason }: { itemId: string; reason: string }) =>
      unwrap(
        api.POST('/orgs/{orgId}/payouts/{batchId}/items/{itemId}/exclude', {
          params: { path: { orgId, batchId, itemId } },
          body: { reason },
        }),
      ),
    onSuccess: invalidate,
  });
}

/** The advertiser's answer to an external item: paid (with its reference) or failed (with the reason). */
export function useSettleExternalItem(orgId: string, batchId: string) {
  const invalidate = useInvalidateMoney(orgId);
  return useMutation({
    mutationFn: ({
      itemId,
      ...body
    }: {
      itemId: string;
      outcome: 'paid' | 'failed';
      reference?: string;
      reason?: string;
    }) =>
      unwrap(
        api.POST('/orgs/{orgId}/payouts/{batchId}/items/{itemId}/external-result', {
          params: { path: { orgId, batchId, itemId } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

/** The batch as CSV, read through the client so the access token stays in a header. */
export async function downloadBatchCsv(orgId: string, batchId: string) {
  const { data, error, response } = await api.GET('/orgs/{orgId}/payouts/{batchId}/export.csv', {
    params: { path: { orgId, batchId } },
    parseAs: 'blob',
  });
  return { blob: data as Blob | undefined, error, response };
}
