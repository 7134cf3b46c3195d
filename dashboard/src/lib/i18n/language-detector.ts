import type { LanguageDetectorModule } from 'i18next';

const STORAGE_KEY = 'affiliate-edge.language';

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (privacy settings): fall back to the browser's languages
  }
}

/**
 * Signed out, the last choice on this device wins, then the browser's languages in order; signed in, the
 * profile does (set after login). Two lookups, written here rather than pulling in a detector library for
 * them: every byte of it would be on the login page's first load.
 */
export const languageDetector: LanguageDetectorModule = {
  type: 'languageDetector',
  detect: () => stored() ?? [...(navigator.languages ?? []), navigator.language].filter(Boolean),
  cacheUserLanguage: (language) => {
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // not kept across visits; nothing else to do
    }
  },
};
