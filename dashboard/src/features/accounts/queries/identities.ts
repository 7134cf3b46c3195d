import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { REFRESH_TRANSPORT_HEADERS } from '@/lib/session/refresh-transport';

export type IdentityProvider = components['schemas']['Identity']['provider'];
type StartBody = components['schemas']['StartProviderSignInRequest'];
type CallbackBody = components['schemas']['ProviderCallbackRequest'];

export function useSignInProviders() {
  return useQuery({
    queryKey: ['auth', 'providers'],
    queryFn: () => unwrap(api.GET('/auth/providers')),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Starts a provider trip (sign-in, or linking when signed in) and sends the browser to the provider. */
export function useStartProvider(mode: 'sign_in' | 'link') {
  return useMutation({
    mutationFn: async ({ provider, body }: { provider: IdentityProvider; body: StartBody }) => {
      const params = { path: { provider } };
      const { authorizeUrl } = await unwrap(
        mode === 'link'
          ? api.POST('/me/identities/{provider}/start', { params, body: { next: body.next } })
          : api.POST('/auth/oauth/{provider}/start', { params, body }),
      );
      window.location.assign(authorizeUrl);
    },
  });
}

export function useFinishProviderSignIn() {
  return useMutation({
    mutationFn: ({ provider, body }: { provider: IdentityProvider; body: CallbackBody }) =>
      unwrap(
        api.POST('/auth/oauth/{provider}/callback', {
          params: { path: { provider } },
          body,
          headers: REFRESH_TRANSPORT_HEADERS,
        }),
      ),
  });
}

export function useFinishIdentityLink() {
  return useMutation({
    mutationFn: ({ provider, body }: { provider: IdentityProvider; body: CallbackBody }) =>
      unwrap(api.POST('/me/identities/{provider}/callback', { params: { path: { provider } }, body })),
  });
}

export function useIdentities() {
  return useQuery({ queryKey: ['me', 'identities'], queryFn: () => unwrap(api.GET('/me/identities')) });
}

export function useUnlinkIdentity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (identityId: string) =>
      unwrap(api.DELETE('/me/identities/{identityId}', { params: { path: { identityId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me', 'identities'] }),
  });
}
