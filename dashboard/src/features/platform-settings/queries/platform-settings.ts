import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { meKeys } from '@/features/accounts';

export type PlatformSettings = components['schemas']['PlatformSettings'];
type PlatformSettingsChanges = components['schemas']['UpdatePlatformSettingsRequest'];

export const platformSettingsKeys = { all: ['platform-settings'] as const };

export const platformSettingsQueryOptions = queryOptions({
  queryKey: platformSettingsKeys.all,
  queryFn: ({ signal }) => unwrap(api.GET('/platform/settings', { signal })),
});

export const usePlatformSettings = () => useQuery(platformSettingsQueryOptions);

export function useUpdatePlatformSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlatformSettingsChanges) => unwrap(api.PATCH('/platform/settings', { body })),
    onSuccess: (settings) => {
      queryClient.setQueryData(platformSettingsKeys.all, settings);
      // The profile's affiliateReview carries the expected review time.
      void queryClient.invalidateQueries({ queryKey: meKeys.all });
    },
  });
}
