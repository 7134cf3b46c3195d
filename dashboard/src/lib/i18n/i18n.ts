import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { languageDetector } from './language-detector';
import { LANGUAGES } from './languages';

// Each namespace of each language is its own small chunk, fetched when a page first asks for it, so the
// login page never downloads the translations of pages it does not show (nor the other language).
const backend = resourcesToBackend(
  (language: string, namespace: string) => import(`../../locales/${language}/${namespace}.json`),
);

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
