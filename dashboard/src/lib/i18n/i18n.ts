import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES } from './languages';

// Each namespace of each language is its own small chunk, fetched when a page first asks for it, so the
// login page never downloads the translations of pages it does not show (nor the other language).
const backend = resourcesToBackend(
  (language: string, namespace: string) => import(`../../locales/${language}/${namespace}.json`),
);

export const i18nReady = i18n
  .use(LanguageDetector)
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
    // Signed out, the last choice on this device wins, then the browser; signed in, the profile does.
    detection: {
      order: ['localStorage', 'navigator'],
      caches: ['localStorage'],
      lookupLocalStorage: 'affiliate-edge.language',
    },
  });

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

export { i18n };
