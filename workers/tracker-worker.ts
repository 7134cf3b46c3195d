import type { TrackerEnv } from './env';
import { serveTracking } from './tracker/serve-tracking';
import { splitRequestUrl } from './tracker/split-request-url';

/** The tracker Worker's bindings (wrangler.tracker.toml): the click path's, and the API Worker behind it. */
export interface TrackerWorkerEnv extends TrackerEnv {
  /** The API Worker (service binding): answers a tracking host's other paths. Absent, they are 404s. */
  API?: Fetcher;
}

/**
 * The tracker Worker: the click path alone (KV, the clicks queue, the per-IP limiter), with nothing of the API,
 * dashboard, renderers or OpenAPI in its bundle, so a cold isolate redirects after loading ~100 KB. Tracking hosts
 * and custom domains route here whole; any other path on them (a portal domain's dashboard, /api) goes on to the
 * API Worker, whose absence never stops a redirect. Queue consumers and crons stay in the API Worker.
 */
export default {
  fetch(request, env, ctx) {
    // Cut, not parsed: the runtime already parsed request.url, and a redirect pays for every parse.
    const url = splitRequestUrl(request.url);
    const answer = serveTracking(request, url, env, ctx);
    if (answer) return answer;
    if (env.API) return env.API.fetch(request);
    return new Response('Not found', { status: 404, headers: { 'cache-control': 'no-store' } });
  },
} satisfies ExportedHandler<TrackerWorkerEnv>;
