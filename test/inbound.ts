import { signatureHeader } from '../workers/domain/request-signature';
import type { Advertiser } from './actors';
import { call, expectStatus, type ApiResult } from './api-client';
import { workerFetch } from './worker-fetch';

export interface AppKey {
  id: string;
  key: string;
  signingSecret: string;
}

/** An API key of the advertiser's app, issued through the API as an owner would. */
export async function issueAppKey(a: Pick<Advertiser, 'owner' | 'org' | 'app'>, appId = a.app.id): Promise<AppKey> {
  const res = await call(a.owner, 'POST', `/orgs/${a.org.id}/apps/${appId}/api-keys`, { name: 'integration' });
  expectStatus(res, 201);
  return { id: res.body.id, key: res.body.key, signingSecret: res.body.signingSecret };
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Sends exact bytes to the Worker and parses a JSON answer. */
export async function sendRaw(
  path: string,
  init: { method?: string; body?: Uint8Array | string; headers?: Record<string, string> },
): Promise<ApiResult> {
  const res = await workerFetch(`https://api.test${path}`, {
    method: init.method ?? 'POST',
    headers: init.headers,
    body: init.body,
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: kept as text for the assertion message
  }
  return { status: res.status, body, headers: res.headers };
}

const bytesOf = (body: unknown) =>
  body instanceof Uint8Array ? body : new TextEncoder().encode(typeof body === 'string' ? body : JSON.stringify(body));

/**
 * `POST /api/v1/conversions` signed as a partner app would sign it. `signature` replaces the
 * header (null: none); `t` and `secret` change what is signed.
 */
export async function postConversion(
  key: AppKey,
  body: unknown,
  opts: { t?: number; secret?: string; signature?: string | null; headers?: Record<string, string> } = {},
): Promise<ApiResult> {
  const bytes = bytesOf(body);
  const signature =
    opts.signature === undefined
      ? await signatureHeader(opts.secret ?? key.signingSecret, opts.t ?? nowSeconds(), bytes)
      : opts.signature;
  const headers: Record<string, string> = {
    authorization: `Bearer ${key.key}`,
    'content-type': 'application/json',
    ...opts.headers,
  };
  if (signature !== null) headers['x-ae-signature'] = signature;
  return sendRaw('/api/v1/conversions', { body: bytes, headers });
}
