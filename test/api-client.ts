import { keepFresh, type TestSession } from './sessions';
import { workerFetch } from './worker-fetch';

export interface ApiResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** The session's headers minus its JSON content type, which only a request with a body should send. */
function withoutContentType(headers: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-type'));
}

/**
 * One request to the Worker under test. `body` is sent as JSON unless it is a string (sent as
 * is, for malformed-JSON cases). The response body is parsed when it is JSON.
 */
export async function call<T = any>(
  session: TestSession | null,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<ApiResult<T>> {
  if (session) await keepFresh(session);
  const res = await workerFetch(`https://api.test/api${path}`, {
    method,
    headers: {
      ...withoutContentType(session?.headers),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text for the assertion message
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

/** Asserts the status and, for errors, the stable error code; shows the body when it differs. */
export function expectStatus(result: ApiResult, status: number, code?: string): void {
  const detail = JSON.stringify(result.body);
  if (result.status !== status)
    throw new Error(`expected ${status}${code ? ` ${code}` : ''}, got ${result.status}: ${detail}`);
  if (code && (result.body as { error?: { code?: string } })?.error?.code !== code)
    throw new Error(`expected error code ${code}, got ${detail}`);
}
