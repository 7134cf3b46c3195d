import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

type ResetPasswordRequest = components['schemas']['ResetPasswordRequest'];
type ChangePasswordRequest = components['schemas']['ChangePasswordRequest'];

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) => unwrap(api.POST('/auth/password-reset', { body: { email } })),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (body: ResetPasswordRequest) => unwrap(api.POST('/auth/password-reset/confirm', { body })),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) => unwrap(api.POST('/me/password', { body })),
  });
}
