import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meKeys, meQueryOptions, type Profile, useUpdateMe } from '@/features/accounts';
import { session } from '../session/session';
import type { Language } from './languages';
import { signedOutLanguageChoice } from './signed-out-choice';

/**
 * Switches the language now and, when signed in, saves it to the profile so other devices follow;
 * signed out, remembers it for the sign-in to save.
 */
export function useChangeLanguage(): (language: Language) => Promise<void> {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const updateMe = useUpdateMe();
  return async (language) => {
    await i18n.changeLanguage(language);
    if (!session.isSignedIn()) {
      signedOutLanguageChoice.remember(language);
      return;
    }
    // Right after signing in the guard's profile load may still be in flight: it answers with the old
    // language and the guard applies it. Wait for it, then choose again (i18next keeps the last call).
    await queryClient.ensureQueryData(meQueryOptions).catch(() => undefined);
    await i18n.changeLanguage(language);
    // The signed-in guard applies the cached profile's language on every navigation: a page opened
    // before the save answers must not switch back, so the cache learns the choice at once.
    queryClient.setQueryData<Profile>(meKeys.all, (me) => me && { ...me, locale: language });
    updateMe.mutate({ locale: language });
  };
}
