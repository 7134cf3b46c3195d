import { queryOptions, useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type DeletionCheck = components['schemas']['AccountDeletionCheck'];
export type DeletionBlocker = components['schemas']['AccountDeletionBlocker'];
type DeleteAccountRequest = components['schemas']['DeleteAccountRequest'];

export const deletionCheckKeys = { all: ['me', 'deletion'] as const };

/** What deleting the account needs right now (blockers, 2FA); fetched fresh whenever the dialog opens. */
export const deletionCheckQueryOptions = queryOptions({
  queryKey: deletionCheckKeys.all,
  queryFn: ({ signal }) => unwrap(api.GET('/me/deletion', { signal })),
  staleTime: 0,
});

export function useDeleteAccount() {
  return useMutation({
    mutationFn: (body: DeleteAccountRequest) => unwrap(api.POST('/me/delete', { body })),
  });
}
