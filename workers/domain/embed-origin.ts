/**
 * An origin an app's pages are served from (`https://app.example`, with a port if any); plain http only
 * for localhost, where developers run their app. Paths, queries and wildcards are refused, so the
 * `frame-ancestors` list is exactly what the advertiser typed. No imports: the dashboard's form uses it too.
 */
export function isEmbedOrigin(raw: string): boolean {
  if (raw.length > 200) return false;
  try {
    const url = new URL(raw);
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    const secure = url.protocol === 'https:' || (local && url.protocol === 'http:');
    return secure && url.origin === raw && /^[a-z0-9.:[\]/-]+$/.test(raw);
  } catch {
    return false;
  }
}
