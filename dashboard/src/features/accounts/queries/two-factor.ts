import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/unwrap';
import { meKeys } from './me';

/** A new secret and its otpauth:// URI; 2FA stays off until a code from it is confirmed. */
export function useSetUpTwoFactor() {
  return useMutation({ mutationFn: () => unwrap(api.POST('/me/2fa/setup')) });
}

export function useEnableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/me/2fa/enable', { body: { code } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKeys.all }),
  });
}

export function useRegenerateRecoveryCodes() {
  return useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/me/2fa/recovery-codes', { body: { code } })),
  });
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { password: string; code: string }) => unwrap(api.POST('/me/2fa/disable', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKeys.all }),
  });
}
