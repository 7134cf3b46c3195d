// A local email API following Resend's documented send contract (POST /emails with a bearer API
// key; body from, to, subject, text and/or html; answer { id }; Idempotency-Key honoured; errors
// as { statusCode, name, message }), for npm start, tests and e2e. Control endpoints under
// /__control fail the next N sends and list what was received.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseJson, readBody, sendJson } from './json-http';

export interface EmailServerOptions {
  port?: number;
  /** When set, sends must carry `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
}

export interface ReceivedEmail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  text: string | null;
  html: string | null;
  idempotencyKey: string | null;
  createdAt: string;
}

interface Fault {
  remaining: number;
  status: number;
  /** Only sends to this address fail; unset: any send. */
  to: string | null;
}

export interface EmailServer {
  url: string;
  close(): Promise<void>;
}

const error = (statusCode: number, name: string, message: string) => ({ statusCode, name, message });

export async function startEmailServer(opts: EmailServerOptions = {}): Promise<EmailServer> {
  const emails: ReceivedEmail[] = [];
  const faults: Fault[] = [];
  const idempotent = new Map<string, string>();
  /** Every POST /emails, failed ones too: how tests see the retries. */
  let attempts: { to: string[]; status: number; at: string }[] = [];

  function sendEmail(req: IncomingMessage, body: unknown): { status: number; body: unknown } {
    const auth = req.headers.authorization;
    if (opts.apiKey) {
      if (!auth)
        return { status: 401, body: error(401, 'missing_api_key', 'Missing API key in the authorization header.') };
      if (auth !== `Bearer ${opts.apiKey}`)
        return { status: 403, body: error(403, 'invalid_api_key', 'API key is invalid.') };
    }
    const b = (body ?? {}) as Record<string, unknown>;
    const to = typeof b.to === 'string' ? [b.to] : Array.isArray(b.to) ? b.to.filter((t) => typeof t === 'string') : [];
    if (typeof b.from !== 'string' || !b.from)
      return { status: 422, body: error(422, 'validation_error', 'The `from` field is required.') };
    if (to.length === 0 || to.length > 50)
      return { status: 422, body: error(422, 'validation_error', 'The `to` field must hold 1 to 50 addresses.') };
    if (typeof b.subject !== 'string' || !b.subject)
      return { status: 422, body: error(422, 'validation_error', 'The `subject` field is required.') };
    if (typeof b.text !== 'string' && typeof b.html !== 'string')
      return { status: 422, body: error(422, 'validation_error', 'Either `text` or `html` is required.') };
    const fault = faults.find((f) => f.remaining > 0 && (!f.to || to.includes(f.to)));
    if (fault) {
      fault.remaining--;
      return {
        status: fault.status,
        body: error(fault.status, fault.status === 429 ? 'rate_limit_exceeded' : 'application_error', 'Injected fault'),
      };
    }
    const key = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : null;
    const seen = key ? idempotent.get(key) : undefined;
    if (seen) return { status: 200, body: { id: seen } };
    const email: ReceivedEmail = {
      id: randomUUID(),
      from: b.from,
      to: to as string[],
      subject: b.subject,
      text: typeof b.text === 'string' ? b.text : null,
      html: typeof b.html === 'string' ? b.html : null,
      idempotencyKey: key,
      createdAt: new Date().toISOString(),
    };
    emails.push(email);
    if (key) idempotent.set(key, email.id);
    return { status: 200, body: { id: email.id } };
  }

  function control(method: string, path: string, query: URLSearchParams, body: unknown) {
    const b = (body ?? {}) as Record<string, unknown>;
    if (method === 'POST' && path === '/__control/fail') {
      const fault: Fault = {
        remaining: typeof b.count === 'number' ? b.count : 1,
        status: typeof b.status === 'number' ? b.status : 500,
        to: typeof b.to === 'string' ? b.to.toLowerCase() : null,
      };
      faults.push(fault);
      return { status: 200, body: { ok: true } };
    }
    if (method === 'GET' && path === '/__control/emails') {
      const to = query.get('to')?.toLowerCase();
      return { status: 200, body: { emails: to ? emails.filter((e) => e.to.includes(to)) : emails } };
    }
    if (method === 'GET' && path === '/__control/attempts') {
      const to = query.get('to')?.toLowerCase();
      return { status: 200, body: { attempts: to ? attempts.filter((a) => a.to.includes(to)) : attempts } };
    }
    if (method === 'POST' && path === '/__control/reset') {
      emails.length = 0;
      faults.length = 0;
      idempotent.clear();
      attempts = [];
      return { status: 200, body: { ok: true } };
    }
    return { status: 404, body: error(404, 'not_found', `No control route ${method} ${path}`) };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const parsed = parseJson(await readBody(req));
    if (!parsed.ok) return sendJson(res, 400, error(400, 'invalid_json', 'The body is not valid JSON.'));
    if (url.pathname.startsWith('/__control/')) {
      const r = control(method, url.pathname, url.searchParams, parsed.value);
      return sendJson(res, r.status, r.body);
    }
    if (method === 'POST' && url.pathname === '/emails') {
      const r = sendEmail(req, parsed.value);
      const to = [((parsed.value ?? {}) as { to?: unknown }).to ?? []]
        .flat()
        .filter((t): t is string => typeof t === 'string');
      attempts.push({ to: to.map((t) => t.toLowerCase()), status: r.status, at: new Date().toISOString() });
      return sendJson(res, r.status, r.body);
    }
    const one = /^\/emails\/([^/]+)$/.exec(url.pathname);
    if (method === 'GET' && one) {
      const email = emails.find((e) => e.id === one[1]);
      return email
        ? sendJson(res, 200, { object: 'email', ...email, created_at: email.createdAt })
        : sendJson(res, 404, error(404, 'not_found', 'Email not found'));
    }
    sendJson(res, 404, error(404, 'not_found', `No route for ${method} ${url.pathname}`));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('email-server:', err);
      if (!res.headersSent) sendJson(res, 500, error(500, 'application_error', 'Internal error'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
