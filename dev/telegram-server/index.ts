// A local Telegram Bot API server (https://core.telegram.org/bots/api): sendMessage, setWebhook,
// getWebhookInfo and getMe on /bot<token>/<method>, answering { ok, result } or
// { ok: false, error_code, description }. Control endpoints under /__control play the user's
// side: send `/start <token>` to the bot (POSTed to the webhook with the secret header), block
// the bot for a chat (sendMessage then answers 403), fail the next N sends, list sent messages.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseJson, readBody, sendJson } from '../email-server/json-http';

export interface TelegramServerOptions {
  port?: number;
  botToken: string;
  botUsername: string;
}

export interface SentMessage {
  message_id: number;
  chat_id: string;
  text: string;
  date: number;
}

export interface TelegramServer {
  url: string;
  close(): Promise<void>;
}

interface Fault {
  remaining: number;
  status: number;
  chatId: string | null;
}

const fail = (error_code: number, description: string, parameters?: Record<string, unknown>) => ({
  ok: false,
  error_code,
  description,
  ...(parameters ? { parameters } : {}),
});

export async function startTelegramServer(opts: TelegramServerOptions): Promise<TelegramServer> {
  const sent: SentMessage[] = [];
  const blocked = new Set<string>();
  const faults: Fault[] = [];
  let webhook: { url: string; secret: string | null } | null = null;
  let nextMessageId = 1;
  let nextUpdateId = 1;
  const botId = 7_000_000_001;

  function method(name: string, params: Record<string, unknown>): { status: number; body: unknown } {
    switch (name) {
      case 'getMe':
        return {
          status: 200,
          body: { ok: true, result: { id: botId, is_bot: true, first_name: 'Local bot', username: opts.botUsername } },
        };
      case 'setWebhook': {
        if (typeof params.url !== 'string')
          return { status: 400, body: fail(400, 'Bad Request: bad webhook: url is empty') };
        if (params.url === '') {
          webhook = null;
          return { status: 200, body: { ok: true, result: true, description: 'Webhook was deleted' } };
        }
        webhook = { url: params.url, secret: typeof params.secret_token === 'string' ? params.secret_token : null };
        return { status: 200, body: { ok: true, result: true, description: 'Webhook was set' } };
      }
      case 'getWebhookInfo':
        return { status: 200, body: { ok: true, result: { url: webhook?.url ?? '', pending_update_count: 0 } } };
      case 'sendMessage': {
        const chatId = params.chat_id === undefined ? '' : String(params.chat_id);
        const text = typeof params.text === 'string' ? params.text : '';
        if (!chatId) return { status: 400, body: fail(400, 'Bad Request: chat_id is empty') };
        if (!text.trim()) return { status: 400, body: fail(400, 'Bad Request: message text is empty') };
        if (text.length > 4096) return { status: 400, body: fail(400, 'Bad Request: message is too long') };
        if (blocked.has(chatId)) return { status: 403, body: fail(403, 'Forbidden: bot was blocked by the user') };
        const fault = faults.find((f) => f.remaining > 0 && (!f.chatId || f.chatId === chatId));
        if (fault) {
          fault.remaining--;
          return fault.status === 429
            ? { status: 429, body: fail(429, 'Too Many Requests: retry after 1', { retry_after: 1 }) }
            : { status: fault.status, body: fail(fault.status, 'Internal Server Error') };
        }
        const message: SentMessage = {
          message_id: nextMessageId++,
          chat_id: chatId,
          text,
          date: Math.floor(Date.now() / 1000),
        };
        sent.push(message);
        return {
          status: 200,
          body: {
            ok: true,
            result: {
              message_id: message.message_id,
              from: { id: botId, is_bot: true, first_name: 'Local bot', username: opts.botUsername },
              chat: { id: Number(chatId) || chatId, type: 'private' },
              date: message.date,
              text,
            },
          },
        };
      }
      default:
        return { status: 404, body: fail(404, 'Not Found: method not found') };
    }
  }

  async function control(m: string, path: string, query: URLSearchParams, body: unknown) {
    const b = (body ?? {}) as Record<string, unknown>;
    const chatId = b.chatId === undefined ? null : String(b.chatId);
    if (m === 'POST' && path === '/__control/start') {
      if (!chatId || typeof b.token !== 'string')
        return { status: 400, body: { error: 'chatId and token are required' } };
      const update = {
        update_id: nextUpdateId++,
        message: {
          message_id: nextMessageId++,
          from: { id: Number(chatId), is_bot: false, first_name: 'Local user', language_code: 'en' },
          chat: { id: Number(chatId), type: 'private', first_name: 'Local user' },
          date: Math.floor(Date.now() / 1000),
          text: `/start ${b.token}`,
          entities: [{ offset: 0, length: 6, type: 'bot_command' }],
        },
      };
      // Tests whose Worker the server cannot reach replay `update` themselves.
      const target =
        typeof b.webhookUrl === 'string' ? { url: b.webhookUrl, secret: webhook?.secret ?? null } : webhook;
      if (!target) return { status: 200, body: { update, delivered: null } };
      const res = await fetch(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(target.secret ? { 'x-telegram-bot-api-secret-token': target.secret } : {}),
        },
        body: JSON.stringify(update),
      });
      return { status: 200, body: { update, delivered: { status: res.status, body: await res.text() } } };
    }
    if (m === 'POST' && path === '/__control/block' && chatId) {
      blocked.add(chatId);
      return { status: 200, body: { ok: true } };
    }
    if (m === 'POST' && path === '/__control/unblock' && chatId) {
      blocked.delete(chatId);
      return { status: 200, body: { ok: true } };
    }
    if (m === 'POST' && path === '/__control/fail') {
      faults.push({
        remaining: typeof b.count === 'number' ? b.count : 1,
        status: typeof b.status === 'number' ? b.status : 500,
        chatId,
      });
      return { status: 200, body: { ok: true } };
    }
    if (m === 'GET' && path === '/__control/messages') {
      const chat = query.get('chat_id');
      return { status: 200, body: { messages: chat ? sent.filter((s) => s.chat_id === chat) : sent } };
    }
    if (m === 'GET' && path === '/__control/webhook') return { status: 200, body: { webhook } };
    if (m === 'POST' && path === '/__control/reset') {
      sent.length = 0;
      blocked.clear();
      faults.length = 0;
      return { status: 200, body: { ok: true } };
    }
    return { status: 404, body: { error: `No control route ${m} ${path}` } };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const m = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    if (url.pathname.startsWith('/__control/')) {
      const parsed = parseJson(raw);
      if (!parsed.ok) return sendJson(res, 400, { error: 'invalid JSON' });
      const r = await control(m, url.pathname, url.searchParams, parsed.value);
      return sendJson(res, r.status, r.body);
    }
    const call = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!call) return sendJson(res, 404, fail(404, 'Not Found'));
    if (call[1] !== opts.botToken) return sendJson(res, 401, fail(401, 'Unauthorized'));
    // The Bot API takes query parameters, JSON or form bodies.
    const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
    const type = req.headers['content-type'] ?? '';
    if (raw && type.includes('application/json')) {
      const parsed = parseJson(raw);
      if (!parsed.ok) return sendJson(res, 400, fail(400, "Bad Request: can't parse JSON object"));
      Object.assign(params, parsed.value);
    } else if (raw) Object.assign(params, Object.fromEntries(new URLSearchParams(raw)));
    const r = method(call[2]!, params);
    sendJson(res, r.status, r.body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('telegram-server:', err);
      if (!res.headersSent) sendJson(res, 500, fail(500, 'Internal Server Error'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
