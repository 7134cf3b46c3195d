import type { Language } from './languages';

let chosen: Language | null = null;

/**
 * A language the person picked with the switch while signed out in this tab (on the login page,
 * typically). Signing in saves it to the profile, so it wins over the profile's older language
 * instead of being switched back a moment later. Taken once.
 */
export const signedOutLanguageChoice = {
  remember(language: Language): void {
    chosen = language;
  },
  take(): Language | null {
    const language = chosen;
    chosen = null;
    return language;
  },
};
