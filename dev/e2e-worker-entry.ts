import type { Env } from '../workers/env';
import worker from '../workers/index';

/**
 * The Worker as the e2e servers run it: bundled once per test run (dev/worker-build-once.ts) and served by
 * Miniflare as it is (dev/miniflare-worker.ts), without wrangler's dev middleware. Tests trigger a Cron
 * Trigger as under `wrangler dev --test-scheduled`, with GET /__scheduled?cron=…; Miniflare's own /cdn-cgi/handler/scheduled
 * reaches the assets router in front of the Worker, not the Worker.
 *
 * One Worker serves the e2e files of a vitest worker one after another (e2e/harness.ts): POST /api/__e2e/file
 * {databaseUrl, file} points it at the next file's database clone and gives that file rate limits of its own,
 * as a Worker booted for it had (under /api/, which reaches the Worker before the assets router).
 */
export default {
  ...worker,
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname === '/api/__e2e/file' && request.method === 'POST') {
      const next = (await request.json()) as { databaseUrl: string; file: string };
      startFile(env, next);
      return new Response('Serving the next file');
    }
    if (url.pathname !== '/__scheduled') return worker.fetch(request, env, ctx);
    const controller: ScheduledController = {
      cron: url.searchParams.get('cron') ?? '',
      scheduledTime: Date.now(),
      noRetry() {},
    };
    await worker.scheduled(controller, env);
    return new Response('Ran scheduled event');
  },
} satisfies ExportedHandler<Env>;

/** The file being served: its limiters' keys start with it, so no file spends another's budget. */
let file = '';
const ownLimiters = new WeakSet<object>();

/**
 * The runtime hands this isolate's fetch, queue and scheduled handlers the same env object (as the workers
 * project's useTestDatabase relies on), so changing it here moves every later invocation to the file's database.
 */
function startFile(env: Env, next: { databaseUrl: string; file: string }): void {
  const bindings = env as unknown as Record<string, unknown>;
  bindings.DATABASE_URL = next.databaseUrl;
  file = next.file;
  for (const [name, binding] of Object.entries(bindings)) {
    if (!name.endsWith('_LIMITER') || ownLimiters.has(binding as object)) continue;
    const limiter = binding as RateLimit;
    const perFile: RateLimit = { limit: (options) => limiter.limit({ ...options, key: `${file}:${options.key}` }) };
    ownLimiters.add(perFile);
    bindings[name] = perFile;
  }
}
