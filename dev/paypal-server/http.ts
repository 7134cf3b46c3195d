import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a handler answers; written by the router, so faults can replace it. */
export interface Reply {
  status: number;
  body?: unknown;
}

// 15,000 items of a few hundred bytes each fit comfortably.
const MAX_BODY_BYTES = 16 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function send(res: ServerResponse, reply: Reply): void {
  if (reply.body === undefined) {
    res.writeHead(reply.status).end();
    return;
  }
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, { 'content-type': 'application/json', 'paypal-debug-id': debugId() }).end(text);
}

export function debugId(): string {
  return randomBytes(7).toString('hex').slice(0, 13);
}

export interface ErrorDetail {
  field?: string;
  value?: string;
  location?: string;
  issue: string;
  description?: string;
  link?: Link[];
}

type Link = { href: string; rel: string; method: string; encType?: string };

/** PayPal's OpenAPI `error` schema: name, message and debug_id are required, the rest optional. */
export interface PayPalErrorBody {
  name: string;
  message: string;
  debug_id: string;
  information_link: string;
  details?: ErrorDetail[];
  links: Link[];
}

/** One error object, for a top-level reply or an item's `errors`; each gets its own debug_id. */
export function errorBody(
  name: string,
  message: string,
  details: ErrorDetail[] = [],
  links: Link[] = [],
): PayPalErrorBody {
  return {
    name,
    message,
    debug_id: debugId(),
    information_link: 'https://developer.paypal.com/docs/api/payments.payouts-batch/#errors',
    ...(details.length ? { details } : {}),
    links,
  };
}

/** A reply carrying PayPal's error body. */
export function paypalError(
  status: number,
  name: string,
  message: string,
  details: ErrorDetail[] = [],
  links: Link[] = [],
): Reply {
  return { status, body: errorBody(name, message, details, links) };
}

export const validationError = (details: ErrorDetail[]): Reply =>
  paypalError(400, 'VALIDATION_ERROR', 'Invalid request - see details', details);

export const notFound = (): Reply => paypalError(404, 'RESOURCE_NOT_FOUND', 'The requested resource was not found');

/** The origin this request reached us on, for HATEOAS links. */
export function originOf(req: IncomingMessage): string {
  return `http://${req.headers.host ?? '127.0.0.1'}`;
}
