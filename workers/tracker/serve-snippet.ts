import { AFF_CLICK_SNIPPET } from './aff-click-snippet';

export const AFF_CLICK_SNIPPET_PATH = '/aff-click.js';

// A week: partners load it on every page, and it changes rarely. Any origin may fetch it, so a
// script tag with an integrity hash (which needs CORS) works too.
const HEADERS = {
  'content-type': 'text/javascript; charset=utf-8',
  'cache-control': 'public, max-age=604800',
  'access-control-allow-origin': '*',
  'x-content-type-options': 'nosniff',
};

/** The partner-site snippet (aff-click-snippet.ts): a static answer, no KV, no database. */
export function serveAffClickSnippet(method: string): Response {
  if (method === 'GET') return new Response(AFF_CLICK_SNIPPET, { headers: HEADERS });
  if (method === 'HEAD') return new Response(null, { headers: HEADERS });
  return new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } });
}
