import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type NotificationPreferences = components['schemas']['NotificationPreferences'];
export type PreferenceChange = components['schemas']['UpdateNotificationPreferences']['changes'][number];

export const notificationSettingsKeys = { all: ['notification-settings'] as const };

export const notificationPreferencesQueryOptions = queryOptions({
  queryKey: notificationSettingsKeys.all,
  queryFn: ({ signal }) => unwrap(api.GET('/me/notification-preferences', { signal })),
});

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: PreferenceChange[]) => unwrap(api.PUT('/me/notification-preferences', { body: { changes } })),
    onSuccess: (data) => queryClient.setQueryData(notificationSettingsKeys.all, data),
  });
}

export function useCreateTelegramLink() {
  return useMutation({ mutationFn: () => unwrap(api.POST('/me/telegram/link')) });
}

export function useUnlinkTelegram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/me/telegram')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationSettingsKeys.all }),
  });
}
