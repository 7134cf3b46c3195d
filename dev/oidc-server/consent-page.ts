import { DEMO_IDENTITIES } from './identities';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** The auto-consent page: one link per demo person, each back to this authorize URL with `identity=`. */
export function consentPage(providerName: string, authorizeUrl: URL): string {
  const links = Object.entries(DEMO_IDENTITIES)
    .map(([key, who]) => {
      const url = new URL(authorizeUrl);
      url.searchParams.set('identity', key);
      const note = who.emailVerified ? '' : ' (email not verified)';
      return `<li><a href="${escapeHtml(url.toString())}">${escapeHtml(who.name)}</a> — ${escapeHtml(who.email)}${note}</li>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Local ${escapeHtml(providerName)} sign-in</title>
<style>body{font:16px system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}li{margin:.75rem 0}</style>
</head><body><main><h1>Local ${escapeHtml(providerName)}</h1>
<p>A stand-in for ${escapeHtml(providerName)} on this machine. Continue as:</p><ul>${links}</ul></main></body></html>`;
}
