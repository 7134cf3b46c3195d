import type { Config, Env } from './env';
import { serveTracking } from './tracker/serve-tracking';
import { splitRequestUrl } from './tracker/split-request-url';
import { isPublicPagePath, publicPageRequest } from './public-pages';

type App = { fetch: NonNullable<ExportedHandler<Env>['fetch']> };
// Everything but the tracker is imported on first use: an isolate that only redirects never
// evaluates the API's routes and schemas, so its start is shorter and its heap (which the garbage
// collections during redirects walk) holds the tracker's own objects only.
let api: Promise<App> | undefined;
const loadApi = () => (api ??= import('./api/app').then((m) => m.createApi()));
let postback: Promise<App> | undefined;
const loadPostback = () =>
  (postback ??= import('./api/postback/create-postback-app').then((m) => m.createPostbackApp()));
let embedPage: Promise<App> | undefined;
const loadEmbedPage = () =>
  (embedPage ??= import('./api/embed-page/create-embed-page-app').then((m) => m.createEmbedPageApp()));
const loadConfig = (env: Env) => import('./env').then((m) => m.loadConfig(env));
const deadLetters = (queue: string) => async (batch: MessageBatch<unknown>, config: Config) =>
  (await import('./consumers/dead-letters')).consumeDeadLetters(batch, config, queue);

export const QUEUES = {
  clicks: async (batch: MessageBatch<unknown>, config: Config) =>
    (await import('./consumers/clicks')).consumeClicks(batch, config),
  'clicks-dlq': deadLetters('clicks'),
  postbacks: async (batch: MessageBatch<unknown>, config: Config) =>
    (await import('./consumers/postbacks')).consumePostbacks(batch, config),
  'postbacks-dlq': async (batch: MessageBatch<unknown>, config: Config) =>
    (await import('./consumers/postback-dead-letters')).consumePostbackDeadLetters(batch, config),
  notifications: async (batch: MessageBatch<unknown>, config: Config) =>
    (await import('./consumers/notifications')).consumeNotifications(batch, config),
  'notifications-dlq': deadLetters('notifications'),
  webhooks: async (batch: MessageBatch<unknown>, config: Config) =>
    (await import('./consumers/webhooks')).consumeWebhooks(batch, config),
  'webhooks-dlq': deadLetters('webhooks'),
  conversions: async (batch: MessageBatch<unknown>, config: Config) =>
    (await import('./consumers/conversions')).consumeConversions(batch, config),
  'conversions-dlq': deadLetters('conversions'),
} satisfies Record<string, (batch: MessageBatch<unknown>, config: Config) => Promise<void>>;

export default {
  fetch(request, env, ctx) {
    // Cut, not parsed: the runtime already parsed request.url, and a redirect pays for every parse.
    const url = splitRequestUrl(request.url);
    if (url.pathname.startsWith('/api/') || url.pathname === '/api')
      return loadApi().then((app) => app.fetch(request, env, ctx));
    // Public program pages are API routes under /api/pages, served at their own short paths.
    if (isPublicPagePath(url.pathname)) return loadApi().then((app) => app.fetch(publicPageRequest(request), env, ctx));
    if (url.pathname === '/postback') return loadPostback().then((app) => app.fetch(request, env, ctx));
    if (url.pathname.startsWith('/embed/')) return loadEmbedPage().then((app) => app.fetch(request, env, ctx));
    // The click path, as the tracker Worker (workers/tracker-worker.ts) serves it: on Cloudflare the routes send
    // clicks there; these answer the ones that reach this Worker anyway (docs/deploy.md#workers).
    return serveTracking(request, url, env, ctx) ?? env.ASSETS.fetch(request);
  },

  async queue(batch, env) {
    const consume = QUEUES[batch.queue as keyof typeof QUEUES];
    if (!consume) {
      // Unknown queue: retrying lets the runtime dead-letter the messages instead of losing them.
      const { createLogger } = await import('./logging');
      createLogger({ fields: { queue: batch.queue } }).error('unknown_queue');
      batch.retryAll();
      return;
    }
    await consume(batch, await loadConfig(env));
  },

  async scheduled(controller, env) {
    const { runCron } = await import('./cron/run-cron');
    await runCron(controller, await loadConfig(env));
  },
} satisfies ExportedHandler<Env>;
