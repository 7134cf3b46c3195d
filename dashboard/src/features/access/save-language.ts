import type { QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { Language } from '@/lib/i18n/languages';
import { meKeys } from '@/features/accounts';

/**
 * Saves the language to the new session's profile and caches the answer as the profile, so the
 * signed-in shell starts in it without another request. A failure leaves the profile as it was:
 * signing in matters more than the language.
 */
export async function saveLanguage(queryClient: QueryClient, language: Language): Promise<void> {
  const { data } = await api.PATCH('/me', { body: { locale: language } }).catch(() => ({ data: undefined }));
  if (data) queryClient.setQueryData(meKeys.all, data);
}
