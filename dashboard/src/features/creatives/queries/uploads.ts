import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { organizationKeys } from '@/features/organizations';

export type BrandImageKind = 'logo' | 'favicon';
export type CreativeImage = components['schemas']['CreativeImage'];

// The routes take the raw file as the body: sent as is, typed by the file (the server judges the bytes anyway).
export const rawFile = (file: File) => ({
  // The generated body type of a binary upload is `string`; a File is what fetch sends as raw bytes.
  body: file as unknown as string,
  bodySerializer: (body: unknown) => body as BodyInit,
  headers: { 'content-type': file.type || 'application/octet-stream' },
});

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

/** Uploads a banner image; its key is then given as a creative's imageKey. */
export function useUploadCreativeImage(orgId: string) {
  return useMutation({
    mutationFn: (file: File) =>
      unwrap(api.POST('/orgs/{orgId}/creative-images', { params: { path: { orgId } }, ...rawFile(file) })),
  });
}
