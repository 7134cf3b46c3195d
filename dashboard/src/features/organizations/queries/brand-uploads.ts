import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { rawFile } from '@/lib/api/raw-file';
import { unwrap } from '@/lib/api/unwrap';
import { organizationKeys } from './organizations';

export type BrandImageKind = 'logo' | 'favicon';

/** Uploads the white-label logo or favicon; the server points the branding at it at once. */
export function useUploadBrandImage(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file }: { kind: BrandImageKind; file: File }) =>
      kind === 'logo'
        ? unwrap(api.POST('/orgs/{orgId}/brand/logo', { params: { path: { orgId } }, ...rawFile(file) }))
        : unwrap(api.POST('/orgs/{orgId}/brand/favicon', { params: { path: { orgId } }, ...rawFile(file) })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...organizationKeys.all, orgId] }),
  });
}
