import type { RequestUrl } from '../contracts/request-url';
import type { TrackerEnv } from '../env';
import { parseClickRequest } from './parse-click-request';
import { AFF_CLICK_SNIPPET_PATH, serveAffClickSnippet } from './serve-snippet';

// The click handler is imported on first use: its routing contracts build zod schemas when evaluated (~250 ms of
// the API Worker's start-up, measured), and an isolate serving the API or a postback should not pay that at start
// (workerd's startup limit counts only the top level). A cold click pays it on its first request instead; a warm
// one reuses the settled promise.
let clickHandler: Promise<typeof import('./handle-click')> | undefined;
const loadClick = () => (clickHandler ??= import('./handle-click'));

/**
 * The click path's answer, or null when the request is not one of its paths: `/aff/…` (on any page), `/click`,
 * `/r/{slug}`, the partner-site snippet and `/client-click`. Both Workers' entries route through it (the tracker
 * Worker, and the API Worker for clicks that reach it), so the two answer a click alike.
 */
export function serveTracking(
  request: Request,
  url: RequestUrl,
  env: TrackerEnv,
  ctx: ExecutionContext,
): Promise<Response> | Response | null {
  // The tracker never depends on the config check passing: a redirect must always answer.
  const click = parseClickRequest(url);
  if (click) {
    if (request.method === 'GET' || request.method === 'HEAD')
      return loadClick().then((m) => m.handleClick(request, url, env, ctx, click));
    return new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } });
  }
  if (url.pathname === AFF_CLICK_SNIPPET_PATH) return serveAffClickSnippet(request.method);
  // Imported on first use: the redirect path never evaluates it.
  if (url.pathname === '/client-click')
    return import('./handle-client-click').then((m) => m.handleClientClick(request, url, env, ctx));
  return null;
}
