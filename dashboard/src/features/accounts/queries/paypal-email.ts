import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/unwrap';
import { meKeys } from './me';

/** Sets the payout address and mails it a link; the same address again is a resend. */
export function useSetPaypalEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => unwrap(api.PUT('/me/paypal-email', { body: { email } })),
    onSuccess: (profile) => queryClient.setQueryData(meKeys.all, profile),
  });
}

export function useVerifyPaypalEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => unwrap(api.POST('/auth/paypal-email/verify', { body: { token } })),
    // A signed-in tab shows the verified state on its next look at the profile.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKeys.all }),
  });
}

/** The one-click undo from the change notice; a signed-in tab sees the restored address next time. */
export function useUndoPaypalEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => unwrap(api.POST('/auth/paypal-email/undo', { body: { token } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKeys.all }),
  });
}
