import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a handler answers: JSON, an HTML page, or a redirect. */
export type Reply =
  | { status: number; body: unknown }
  | { status: number; html: string }
  | { status: 303; location: string };

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function send(res: ServerResponse, reply: Reply, headers: Record<string, string> = {}): void {
  const requestId = `req_${randomBytes(7).toString('hex')}`;
  if ('location' in reply) res.writeHead(303, { location: reply.location }).end();
  else if ('html' in reply)
    res
      .writeHead(reply.status, { 'content-type': 'text/html; charset=utf-8', 'request-id': requestId })
      .end(reply.html);
  else
    res
      .writeHead(reply.status, { 'content-type': 'application/json', 'request-id': requestId, ...headers })
      .end(JSON.stringify(reply.body, null, 2));
}

/** Stripe's error object: `{ error: { type, code, message, param } }`. */
export function stripeError(
  status: number,
  type: 'invalid_request_error' | 'api_error' | 'card_error' | 'idempotency_error',
  message: string,
  extra: { code?: string; param?: string } = {},
): Reply {
  return { status, body: { error: { type, message, ...extra } } };
}

export const missingParam = (param: string): Reply =>
  stripeError(400, 'invalid_request_error', `Missing required param: ${param}.`, { code: 'parameter_missing', param });

export const invalidParam = (param: string, message: string): Reply =>
  stripeError(400, 'invalid_request_error', message, { code: 'parameter_invalid_empty', param });

export const noSuch = (kind: string, id: string): Reply =>
  stripeError(404, 'invalid_request_error', `No such ${kind}: '${id}'`, { code: 'resource_missing', param: 'id' });

/** Stripe ids: a prefix and 24 random characters. */
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const newId = (prefix: string) =>
  `${prefix}_${[...randomBytes(24)].map((b) => ALNUM[b % ALNUM.length]).join('')}`;

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
