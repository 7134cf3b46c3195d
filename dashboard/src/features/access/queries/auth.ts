import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { REFRESH_TRANSPORT_HEADERS } from '@/lib/session/refresh-transport';

type LogInRequest = components['schemas']['LogInRequest'];
type TwoFactorLogInRequest = components['schemas']['TwoFactorLogInRequest'];

// Both calls ask for the cookie transport: the refresh token goes into an HttpOnly cookie, never into JS.
export function useLogIn() {
  return useMutation({
    mutationFn: (body: LogInRequest) => unwrap(api.POST('/auth/login', { body, headers: REFRESH_TRANSPORT_HEADERS })),
  });
}

export function useLogInTwoFactor() {
  return useMutation({
    mutationFn: (body: TwoFactorLogInRequest) =>
      unwrap(api.POST('/auth/login/2fa', { body, headers: REFRESH_TRANSPORT_HEADERS })),
  });
}

export function useLogOut() {
  return useMutation({ mutationFn: () => unwrap(api.POST('/me/logout')) });
}
