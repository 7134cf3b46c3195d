import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { rawFile } from '@/lib/api/raw-file';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type CreativeImage = components['schemas']['CreativeImage'];

/** Uploads a banner image; its key is then given as a creative's imageKey. */
export function useUploadCreativeImage(orgId: string) {
  return useMutation({
    mutationFn: (file: File) =>
      unwrap(api.POST('/orgs/{orgId}/creative-images', { params: { path: { orgId } }, ...rawFile(file) })),
  });
}
