import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/unwrap';
import { orgLookupKeys } from '@/features/organizations';

/** Issues a program's S2S postback secret (shown once); the previous secret stops working. */
export function useIssuePostbackSecret(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (programId: string) =>
      unwrap(
        api.POST('/orgs/{orgId}/programs/{programId}/postback-secret', { params: { path: { orgId, programId } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...orgLookupKeys.all, orgId] }),
  });
}
