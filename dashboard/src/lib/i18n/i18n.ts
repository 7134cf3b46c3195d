import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { languageDetector } from './language-detector';
import { LANGUAGES } from './languages';

// Loaded when a page first asks for a namespace, so the login page never downloads the translations of pages it
// does not show (nor the other language). The build makes the namespaces of the public pages a chunk each and
// the rest of a language one chunk (dashboard/vite.config.ts): the signed-in app loads them all at once anyway.
const backend = resourcesToBackend(
  (language: string, namespace: string) => import(`../../locales/${language}/${namespace}.json`),
);

// The names of every namespace (the file names under locales/en/, not their contents).
const NAMESPACES = Object.keys(import.meta.glob('../../locales/en/*.json')).map((path) =>
  path.slice(path.lastIndexOf('/') + 1, -'.json'.length),
);

/**
 * Loads every namespace of the current language (and, after this, of any language switched to: i18next
 * loads its whole list on a change). The signed-in app waits for it before its first page, because a
 * namespace first asked for by a section that mounts late (after its own data) suspends that render, and
 * the nearest boundary is the shell's: the whole app would flash its loading outline in the middle of a
 * page, and a key pressed meanwhile would go to a hidden field. About 75 KB gz in English, once a session.
 */
export function loadEveryNamespace(): Promise<void> {
  return i18n.loadNamespaces(NAMESPACES);
}

export const i18nReady = i18n
  .use(languageDetector)
  .use(backend)
  .use(initReactI18next)
  .init({
    supportedLngs: LANGUAGES,
    fallbackLng: 'en',
    load: 'languageOnly',
    ns: ['common'],
    defaultNS: 'common',
    // React escapes already.
    interpolation: { escapeValue: false },
  });

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

export { i18n };
