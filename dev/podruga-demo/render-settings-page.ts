// The fake Podruga AI settings page of the demo: the app's own chrome around our embedded referral dashboard.
// Plain HTML with one small inline script (the iframe's height), in English and Russian.

export type DemoLang = 'en' | 'ru';
export type DemoMode = 'light' | 'dark';

const WORDS = {
  en: {
    title: 'Invite friends — Podruga AI settings',
    settings: 'Settings',
    nav: ['Profile', 'Subscription', 'Notifications', 'Invite friends'],
    heading: 'Invite friends',
    lead: 'Share Podruga AI with friends and earn 30% of what they pay, every month.',
    frame: 'Podruga AI referral dashboard',
    language: 'Language',
    theme: 'Theme',
    light: 'Light',
    dark: 'Dark',
    failed: 'The referral dashboard could not be opened',
    signedIn: 'Signed in as',
  },
  ru: {
    title: 'Пригласить друзей — настройки Podruga AI',
    settings: 'Настройки',
    nav: ['Профиль', 'Подписка', 'Уведомления', 'Пригласить друзей'],
    heading: 'Пригласить друзей',
    lead: 'Расскажите друзьям о Podruga AI и получайте 30% от их оплат каждый месяц.',
    frame: 'Реферальная панель Podruga AI',
    language: 'Язык',
    theme: 'Тема',
    light: 'Светлая',
    dark: 'Тёмная',
    failed: 'Не удалось открыть реферальную панель',
    signedIn: 'Вы вошли как',
  },
} as const;

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
:root{--pink:#b5175a;--bg:#fff7fa;--card:#fff;--fg:#2b1320;--muted:#6b4a5a;--line:#f0d3df}
[data-mode=dark]{--pink:#ff8fbf;--bg:#1c1418;--card:#271c22;--fg:#f6e9ef;--muted:#c9aebb;--line:#45303a}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 Inter,system-ui,sans-serif}
header{display:flex;align-items:center;justify-content:space-between;gap:12px;padding:12px 20px;border-bottom:1px solid var(--line);background:var(--card)}
.logo{white-space:nowrap;font-weight:700;font-size:1.15rem;color:var(--pink)}.who{color:var(--muted);font-size:.9rem;overflow-wrap:anywhere}
.layout{display:grid;grid-template-columns:220px minmax(0,1fr);gap:24px;max-width:1120px;margin:0 auto;padding:24px 20px}
nav h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 8px}
nav ul{list-style:none;margin:0;padding:0}nav li{padding:10px 12px;border-radius:8px;color:var(--muted)}
nav li[aria-current]{background:var(--card);color:var(--fg);font-weight:600;border:1px solid var(--line)}
main h1{margin:0 0 4px;font-size:1.5rem}main .lead{margin:0 0 16px;color:var(--muted)}
.switches{display:flex;flex-wrap:wrap;gap:8px 20px;margin:0 0 16px}.switches p{margin:0;display:flex;align-items:center;gap:6px}
.switches a{display:inline-flex;align-items:center;min-height:44px;padding:0 12px;border-radius:8px;color:var(--pink);text-decoration:none;border:1px solid var(--line)}
.switches a[aria-current]{background:var(--pink);color:var(--bg);border-color:var(--pink)}
iframe{display:block;width:100%;height:720px;border:1px solid var(--line);border-radius:12px;background:var(--card)}
.error{padding:16px;border:1px solid var(--line);border-radius:12px;background:var(--card)}
@media(max-width:720px){.layout{grid-template-columns:minmax(0,1fr);padding:16px 12px}
nav ul{display:flex;flex-wrap:wrap;gap:4px}nav li{padding:6px 10px}}
`;

export interface SettingsPage {
  lang: DemoLang;
  mode: DemoMode;
  user: { name: string; email: string };
  /** The embed URL from createEmbedToken, or why there is none. */
  embed: { url: string } | { error: string };
  /** The Affiliate Edge origin the iframe's size messages come from. */
  embedOrigin: string;
}

export function renderSettingsPage(p: SettingsPage): string {
  const w = WORDS[p.lang];
  const link = (query: string, label: string, current: boolean) =>
    `<a href="/?${query}"${current ? ' aria-current="true"' : ''}>${escapeHtml(label)}</a>`;
  const frame =
    'url' in p.embed
      ? `<iframe id="referrals" title="${escapeHtml(w.frame)}" src="${escapeHtml(p.embed.url)}" allow="clipboard-write"></iframe>`
      : `<p class="error" role="alert">${escapeHtml(w.failed)}: ${escapeHtml(p.embed.error)}</p>`;
  // The dashboard posts its height; only messages from the Affiliate Edge origin resize the frame.
  const script = `window.addEventListener('message', function (e) {
  if (e.origin !== ${JSON.stringify(p.embedOrigin)} || !e.data || e.data.type !== 'affiliate-edge:resize') return;
  var frame = document.getElementById('referrals');
  if (frame && e.source === frame.contentWindow) frame.style.height = Math.max(240, Math.ceil(e.data.height)) + 'px';
});`;
  return `<!doctype html>
<html lang="${p.lang}" data-mode="${p.mode}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(w.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><span class="logo">Podruga AI</span><span class="who">${escapeHtml(w.signedIn)} ${escapeHtml(p.user.name)} · ${escapeHtml(p.user.email)}</span></header>
<div class="layout">
<nav aria-label="${escapeHtml(w.settings)}"><h2>${escapeHtml(w.settings)}</h2><ul>
${w.nav.map((item, i) => `<li${i === w.nav.length - 1 ? ' aria-current="page"' : ''}>${escapeHtml(item)}</li>`).join('')}
</ul></nav>
<main>
<h1>${escapeHtml(w.heading)}</h1>
<p class="lead">${escapeHtml(w.lead)}</p>
<div class="switches">
<p>${escapeHtml(w.language)}: ${link(`lang=en&mode=${p.mode}`, 'English', p.lang === 'en')} ${link(`lang=ru&mode=${p.mode}`, 'Русский', p.lang === 'ru')}</p>
<p>${escapeHtml(w.theme)}: ${link(`lang=${p.lang}&mode=light`, w.light, p.mode === 'light')} ${link(`lang=${p.lang}&mode=dark`, w.dark, p.mode === 'dark')}</p>
</div>
${frame}
</main>
</div>
<script>${script}</script>
</body>
</html>`;
}
