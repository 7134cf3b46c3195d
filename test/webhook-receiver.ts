import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';

/** The public-looking host tests give webhook endpoints; OUTBOUND_HOST_OVERRIDES sends it here. */
export const WEBHOOK_TEST_HOST = 'hooks.receiver-example.com';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Port of the local webhook receiver (test/webhook-receiver.ts), on 127.0.0.1. */
    webhookReceiverPort: number;
  }
}

/** What a receiver registered under a key expects and how it answers. */
export interface ReceiverSetup {
  /** `whsec_…` secrets the receiver accepts (its own copy, as a real receiver has). */
  secrets: string[];
  /** ok: 200 when verified; fail: 500 after verifying. */
  mode?: 'ok' | 'fail';
  /** Shifts the receiver's clock, to make fresh deliveries look replayed from the past or future. */
  clockOffsetSeconds?: number;
}

export type Verdict = 'accepted' | 'duplicate' | 'missing_headers' | 'stale' | 'bad_signature';

export interface Received {
  key: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  verdict: Verdict;
  /** Indexes of the registered secrets some signature was made with. */
  matchedSecrets: number[];
  status: number;
}

const TOLERANCE_SECONDS = 5 * 60;

/**
 * Verifies a Standard Webhooks request on its own, with node:crypto, as the spec tells receivers
 * to: the HMAC-SHA256 (key: base64 after whsec_) of "id.timestamp.body", any of the space-separated
 * v1 signatures, timestamp within five minutes, ids of handled messages deduplicated.
 */
function verify(
  setup: ReceiverSetup,
  seen: Set<string>,
  headers: IncomingMessage['headers'],
  body: string,
): { verdict: Verdict; matched: number[] } {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string')
    return { verdict: 'missing_headers', matched: [] };
  const now = Math.floor(Date.now() / 1000) + (setup.clockOffsetSeconds ?? 0);
  if (!/^\d+$/.test(timestamp) || Math.abs(now - Number(timestamp)) > TOLERANCE_SECONDS)
    return { verdict: 'stale', matched: [] };
  const given = signatures
    .split(' ')
    .filter((s) => s.startsWith('v1,'))
    .map((s) => Buffer.from(s.slice(3), 'base64'));
  const matched = setup.secrets.flatMap((secret, index) => {
    const expected = createHmac('sha256', Buffer.from(secret.replace(/^whsec_/, ''), 'base64'))
      .update(`${id}.${timestamp}.${body}`)
      .digest();
    return given.some((g) => g.length === expected.length && timingSafeEqual(g, expected)) ? [index] : [];
  });
  if (matched.length === 0) return { verdict: 'bad_signature', matched };
  if (seen.has(id)) return { verdict: 'duplicate', matched };
  return { verdict: 'accepted', matched };
}

const STATUS: Record<Verdict, number> = {
  accepted: 200,
  // A duplicate was handled already: acknowledge it, do nothing.
  duplicate: 200,
  missing_headers: 400,
  stale: 400,
  bad_signature: 401,
};

/**
 * A customer's webhook receiver for the webhook tests, in Node (workerd cannot listen). Paths:
 *   PUT  /__control/{key}         register a ReceiverSetup (JSON) for the key
 *   GET  /__control/{key}         what was received on the key, as JSON
 *   POST /{key}                   a delivery, verified and recorded
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const setups = new Map<string, ReceiverSetup>();
  const seen = new Map<string, Set<string>>();
  const received: Received[] = [];
  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const parts = new URL(req.url ?? '/', 'http://localhost').pathname.split('/').slice(1);
    const body = await readBody(req);
    if (parts[0] === '__control' && parts[1]) {
      if (req.method === 'PUT') {
        setups.set(parts[1], JSON.parse(body) as ReceiverSetup);
        res.writeHead(204).end();
      } else
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify(received.filter((r) => r.key === parts[1])));
      return;
    }
    const key = parts[0] ?? '';
    const config = setups.get(key);
    if (!config || req.method !== 'POST') return void res.writeHead(404).end('no receiver');
    if (!seen.has(key)) seen.set(key, new Set());
    const { verdict, matched } = verify(config, seen.get(key)!, req.headers, body);
    const status = verdict === 'accepted' && config.mode === 'fail' ? 500 : STATUS[verdict];
    // Only a message handled successfully counts as seen: a failed one is expected again.
    if (verdict === 'accepted' && status === 200) seen.get(key)!.add(String(req.headers['webhook-id']));
    received.push({ key, headers: req.headers, body, verdict, matchedSecrets: matched, status });
    const text = status === 200 ? 'ok' : status === 500 ? 'receiver down' : `refused: ${verdict}`;
    res.writeHead(status, { 'content-type': 'text/plain' }).end(text);
  };
  const server = createServer((req, res) => void handle(req, res).catch(() => res.writeHead(500).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  project.provide('webhookReceiverPort', (server.address() as AddressInfo).port);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
