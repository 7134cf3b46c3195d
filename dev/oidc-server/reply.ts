import type { IncomingMessage, ServerResponse } from 'node:http';

export type Reply =
  | { status: number; json: unknown }
  | { status: number; html: string }
  | { status: 302; location: string };

export const json = (status: number, body: unknown): Reply => ({ status, json: body });

export function send(res: ServerResponse, reply: Reply): void {
  if ('location' in reply) res.writeHead(302, { location: reply.location }).end();
  else if ('html' in reply) res.writeHead(reply.status, { 'content-type': 'text/html; charset=utf-8' }).end(reply.html);
  else res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.json));
}

export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (req.headers['content-type']?.includes('application/json'))
    return new URLSearchParams(Object.entries(JSON.parse(raw || '{}') as Record<string, string>));
  return new URLSearchParams(raw);
}

export const bearer = (req: IncomingMessage) => req.headers.authorization?.replace(/^Bearer\s+/i, '') ?? '';
