import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { REFRESH_TRANSPORT_HEADERS } from '@/lib/session/refresh-transport';

type SignUpRequest = components['schemas']['SignUpRequest'];

export function useSignUp() {
  return useMutation({ mutationFn: (body: SignUpRequest) => unwrap(api.POST('/auth/signup', { body })) });
}

export function useResendVerification() {
  return useMutation({
    mutationFn: (email: string) => unwrap(api.POST('/auth/verify-email/resend', { body: { email } })),
  });
}

export function useVerifyEmail() {
  return useMutation({
    // The cookie transport: a confirmed account without 2FA comes back signed in, its refresh token only in ae_refresh.
    mutationFn: (token: string) =>
      unwrap(api.POST('/auth/verify-email', { body: { token }, headers: REFRESH_TRANSPORT_HEADERS })),
  });
}
