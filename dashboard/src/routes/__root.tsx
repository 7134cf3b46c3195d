import { createRootRoute, Link, Outlet } from '@tanstack/react-router';
import { languages, setLanguage, useLanguage, useT, type Language } from '../lib/i18n';

export const Route = createRootRoute({
  component: RootLayout,
  notFoundComponent: NotFound,
});

function RootLayout() {
  const t = useT();
  return (
    <div className="app">
      <header className="app-header">
        <Link to="/" className="app-title">
          {t('app.title')}
        </Link>
        <nav className="app-nav" aria-label={t('nav.label')}>
          <Link to="/" activeProps={{ className: 'active' }} activeOptions={{ exact: true }}>
            {t('nav.status')}
          </Link>
        </nav>
        <LanguageSwitch />
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}

function LanguageSwitch() {
  const t = useT();
  const language = useLanguage();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={language}
        onChange={(event) => setLanguage(event.target.value as Language)}
        data-testid="language-switch"
      >
        {languages.map((code) => (
          <option key={code} value={code}>
            {code.toUpperCase()}
          </option>
        ))}
      </select>
    </label>
  );
}

function NotFound() {
  const t = useT();
  return (
    <section className="panel">
      <h1>{t('notFound.title')}</h1>
      <Link to="/">{t('notFound.back')}</Link>
    </section>
  );
}
