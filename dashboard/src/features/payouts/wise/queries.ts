import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { payoutMethodsQueryOptions } from '../queries/payout-methods';

export type WiseRequirements = components['schemas']['WiseRequirements'];
export type WiseRequirementField = components['schemas']['WiseRequirementField'];
export type SaveWiseRecipient = components['schemas']['SaveWiseRecipient'];

const path = (orgId: string) => ({ path: { orgId } });

export const useWiseRecipient = (orgId: string) =>
  useQuery({
    queryKey: ['wise-recipient', orgId],
    queryFn: ({ signal }) => unwrap(api.GET('/affiliate/orgs/{orgId}/wise/recipient', { params: path(orgId), signal })),
  });

/** Wise's account requirements for a currency: the form's fields, asked of Wise through our API. */
export const useWiseRequirements = (orgId: string, currency: string | null) =>
  useQuery({
    queryKey: ['wise-requirements', orgId, currency],
    enabled: currency !== null,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/affiliate/orgs/{orgId}/wise/requirements', {
          params: { ...path(orgId), query: { currency: currency! } },
          signal,
        }),
      ),
  });

/** The requirements again after a field that changes them (refreshRequirementsOnChange). */
export const useRefreshWiseRequirements = (orgId: string) =>
  useMutation({
    mutationFn: (body: { currency: string; type: string; values: Record<string, string> }) =>
      unwrap(api.POST('/affiliate/orgs/{orgId}/wise/requirements', { params: path(orgId), body })),
  });

export const useSaveWiseRecipient = (orgId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveWiseRecipient) =>
      unwrap(api.PUT('/affiliate/orgs/{orgId}/wise/recipient', { params: path(orgId), body })),
    onSuccess: (data) => {
      client.setQueryData(['wise-recipient', orgId], data);
      void client.invalidateQueries({ queryKey: payoutMethodsQueryOptions(orgId).queryKey });
    },
  });
};

/** A live Wise quote: what Wise charges on an example payout. */
export const useWiseFeeQuote = (orgId: string, currency: string, targetCurrency: string, amountMinor: number) =>
  useQuery({
    queryKey: ['wise-quote', orgId, currency, targetCurrency, amountMinor],
    staleTime: 60_000,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/affiliate/orgs/{orgId}/wise/quote', {
          params: { ...path(orgId), query: { currency, targetCurrency, amountMinor } },
          signal,
        }),
      ),
  });

/** Wise's live quotes for a batch's Wise items not sent yet (finance's review before sending). */
export const useWiseBatchQuote = (orgId: string, batchId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['wise-batch-quote', orgId, batchId],
    enabled,
    // Wise's quotes expire; a review left open is refreshed by the button, not behind the reader's back.
    staleTime: 5 * 60_000,
    retry: false,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/payouts/{batchId}/wise-quote', { params: { path: { orgId, batchId } }, signal })),
  });
