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
import { cursorPages } from '@/ui/paged-query';

export type WebhookEndpoint = components['schemas']['WebhookEndpoint'];
export type IssuedWebhookEndpoint = components['schemas']['IssuedWebhookEndpoint'];
export type WebhookAttempt = components['schemas']['WebhookAttempt'];
export type CreateWebhookEndpoint = components['schemas']['CreateWebhookEndpoint'];
export type UpdateWebhookEndpoint = components['schemas']['UpdateWebhookEndpoint'];
export type WebhookEventName = CreateWebhookEndpoint['events'][number];

/** Whose endpoints a page manages: one organization's (advertiser console) or the signed-in affiliate's. */
export type WebhookOwner = { orgId: string } | { affiliate: true };

const ownerKey = (owner: WebhookOwner) => ('orgId' in owner ? owner.orgId : 'affiliate');

export const webhookKeys = {
  all: ['webhooks'] as const,
  owner: (owner: WebhookOwner) => [...webhookKeys.all, ownerKey(owner)] as const,
};

export const webhookEndpointsQueryOptions = (owner: WebhookOwner) =>
  queryOptions({
    queryKey: [...webhookKeys.owner(owner), 'endpoints'],
    queryFn: ({ signal }) =>
      'orgId' in owner
        ? unwrap(api.GET('/orgs/{orgId}/webhooks', { params: { path: { orgId: owner.orgId } }, signal }))
        : unwrap(api.GET('/affiliate/webhooks', { signal })),
  });

export const webhookAttemptsQueryOptions = (owner: WebhookOwner, endpointId: string) =>
  infiniteQueryOptions({
    queryKey: [...webhookKeys.owner(owner), 'attempts', endpointId],
    queryFn: ({ signal, pageParam }) => {
      const query = { limit: 20, cursor: pageParam };
      return 'orgId' in owner
        ? unwrap(
            api.GET('/orgs/{orgId}/webhooks/{endpointId}/attempts', {
              params: { path: { orgId: owner.orgId, endpointId }, query },
              signal,
            }),
          )
        : unwrap(
            api.GET('/affiliate/webhooks/{endpointId}/attempts', { params: { path: { endpointId }, query }, signal }),
          );
    },
    ...cursorPages,
  });

export const useWebhookEndpoints = (owner: WebhookOwner) => useQuery(webhookEndpointsQueryOptions(owner));

export const useWebhookAttempts = (owner: WebhookOwner, endpointId: string) =>
  useInfiniteQuery(webhookAttemptsQueryOptions(owner, endpointId));

/** Every mutation refreshes the owner's endpoints and logs: counters, status and attempts all move together. */
function useOwnerMutation<Input, Output>(owner: WebhookOwner, mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhookKeys.owner(owner) }),
  });
}

export const useCreateWebhookEndpoint = (owner: WebhookOwner) =>
  useOwnerMutation(owner, (body: CreateWebhookEndpoint) =>
    'orgId' in owner
      ? unwrap(api.POST('/orgs/{orgId}/webhooks', { params: { path: { orgId: owner.orgId } }, body }))
      : unwrap(api.POST('/affiliate/webhooks', { body })),
  );

export const useUpdateWebhookEndpoint = (owner: WebhookOwner) =>
  useOwnerMutation(owner, ({ endpointId, body }: { endpointId: string; body: UpdateWebhookEndpoint }) =>
    'orgId' in owner
      ? unwrap(
          api.PATCH('/orgs/{orgId}/webhooks/{endpointId}', {
            params: { path: { orgId: owner.orgId, endpointId } },
            body,
          }),
        )
      : unwrap(api.PATCH('/affiliate/webhooks/{endpointId}', { params: { path: { endpointId } }, body })),
  );

export const useDeleteWebhookEndpoint = (owner: WebhookOwner) =>
  useOwnerMutation(owner, (endpointId: string) =>
    'orgId' in owner
      ? unwrap(
          api.DELETE('/orgs/{orgId}/webhooks/{endpointId}', { params: { path: { orgId: owner.orgId, endpointId } } }),
        )
      : unwrap(api.DELETE('/affiliate/webhooks/{endpointId}', { params: { path: { endpointId } } })),
  );

export const useRotateWebhookSecret = (owner: WebhookOwner) =>
  useOwnerMutation(owner, (endpointId: string) =>
    'orgId' in owner
      ? unwrap(
          api.POST('/orgs/{orgId}/webhooks/{endpointId}/rotate-secret', {
            params: { path: { orgId: owner.orgId, endpointId } },
          }),
        )
      : unwrap(api.POST('/affiliate/webhooks/{endpointId}/rotate-secret', { params: { path: { endpointId } } })),
  );

export const useSendTestWebhook = (owner: WebhookOwner) =>
  useOwnerMutation(owner, (endpointId: string) =>
    'orgId' in owner
      ? unwrap(
          api.POST('/orgs/{orgId}/webhooks/{endpointId}/test', {
            params: { path: { orgId: owner.orgId, endpointId } },
          }),
        )
      : unwrap(api.POST('/affiliate/webhooks/{endpointId}/test', { params: { path: { endpointId } } })),
  );
