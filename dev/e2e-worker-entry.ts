import type { Env } from '../workers/env';
import worker from '../workers/index';

/**
 * The Worker as the e2e servers run it: bundled once per test run (dev/worker-build-once.ts) and served by
 * Miniflare as it is (dev/miniflare-worker.ts), without wrangler's dev middleware. Tests trigger a Cron
 * Trigger as under `wrangler dev --test-scheduled`, with GET /__scheduled?cron=…; Miniflare's own /cdn-cgi/handler/scheduled
 * reaches the assets router in front of the Worker, not the Worker.
 */
export default {
  ...worker,
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
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
