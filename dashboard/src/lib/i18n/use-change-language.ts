import { useTranslation } from 'react-i18next';
import { useUpdateMe } from '../../queries/me';
import { session } from '../session/session';
import type { Language } from './languages';

/** Switches the language now and, when signed in, saves it to the profile so other devices follow. */
export function useChangeLanguage(): (language: Language) => Promise<void> {
  const { i18n } = useTranslation();
  const updateMe = useUpdateMe();
  return async (language) => {
    await i18n.changeLanguage(language);
    if (session.isSignedIn()) updateMe.mutate({ locale: language });
  };
}
