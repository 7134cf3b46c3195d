import { useTranslation } from 'react-i18next';

/** The first tab stop: jumps past the header and navbar to <main id="main">. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a href="#main" className="skip-link">
      {t('shell.skipToContent')}
    </a>
  );
}
