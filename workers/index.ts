import { createApi } from './api/app';
import { createPostbackApp } from './api/postback/create-postback-app';
import { consumeClicks } from './consumers/clicks';
import { consumeConversions } from './consumers/conversions';
import { consumeDeadLetters } from './consumers/dead-letters';
import { consumeNotifications } from './consumers/notifications';
import { consumeWebhooks } from './consumers/webhooks';
import { consumePostbackDeadLetters } from './consumers/postback-dead-letters';
import { consumePostbacks } from './consumers/postbacks';
import { runCron } from './cron/run-cron';
import { loadConfig, type Config, type Env } from './env';
import { createLogger } from './logging';
import { handleClick } from './tracker/handle-click';
import { parseClickRequest } from './tracker/parse-click-request';
import { AFF_CLICK_SNIPPET_PATH, serveAffClickSnippet } from './tracker/serve-snippet';
import { splitRequestUrl } from './tracker/split-request-url';

const api = createApi();
const postback = createPostbackApp();

export const QUEUES = {
  clicks: (batch: MessageBatch<unknown>, config: Config) => consumeClicks(batch, config),
  'clicks-dlq': (batch: MessageBatch<unknown>, config: Config) => consumeDeadLetters(batch, config, 'clicks'),
  postbacks: (batch: MessageBatch<unknown>, config: Config) => consumePostbacks(batch, config),
  'postbacks-dlq': (batch: MessageBatch<unknown>, config: Config) => consumePostbackDeadLetters(batch, config),
  notifications: (batch: MessageBatch<unknown>, config: Config) => consumeNotifications(batch, config),
  'notifications-dlq': (batch: MessageBatch<unknown>, config: Config) =>
    consumeDeadLetters(batch, config, 'notifications'),
  webhooks: (batch: MessageBatch<unknown>, config: Config) => consumeWebhooks(batch, config),
  'webhooks-dlq': (batch: MessageBatch<unknown>, config: Config) => consumeDeadLetters(batch, config, 'webhooks'),
  conversions: (batch: MessageBatch<unknown>, config: Config) => consumeConversions(batch, config),
  'conversions-dlq': (batch: MessageBatch<unknown>, config: Config) => consumeDeadLetters(batch, config, 'conversions'),
} satisfies Record<string, (batch: MessageBatch<unknown>, config: Config) => Promise<void>>;

export default {
  fetch(request, env, ctx) {
    // Cut, not parsed: the runtime already parsed request.url, and a redirect pays for every parse.
    const url = splitRequestUrl(request.url);
    if (url.pathname.startsWith('/api/') || url.pathname === '/api') return api.fetch(request, env, ctx);
    if (url.pathname === '/postback') return postback.fetch(request, env, ctx);
    // The tracker never depends on the config check passing: a redirect must always answer.
    const click = parseClickRequest(url);
    if (click) {
      if (request.method === 'GET' || request.method === 'HEAD') return handleClick(request, url, env, ctx, click);
      return new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } });
    }
    if (url.pathname === AFF_CLICK_SNIPPET_PATH) return serveAffClickSnippet(request.method);
    return env.ASSETS.fetch(request);
  },

  async queue(batch, env) {
    const consume = QUEUES[batch.queue as keyof typeof QUEUES];
    if (!consume) {
      // Unknown queue: retrying lets the runtime dead-letter the messages instead of losing them.
      createLogger({ fields: { queue: batch.queue } }).error('unknown_queue');
      batch.retryAll();
      return;
    }
    await consume(batch, loadConfig(env));
  },

  async scheduled(controller, env) {
    await runCron(controller, loadConfig(env));
  },
} satisfies ExportedHandler<Env>;
