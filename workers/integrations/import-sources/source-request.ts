import { retryAfterSeconds } from '../../domain/retry-after';

/** What one GET of a source's API came to: its JSON, or the source's request to wait. */
export type SourceAnswer = { ok: true; body: unknown; headers: Headers } | { ok: false; waitSeconds: number };

/** A source refused or failed a request: the step fails and is retried, and the message is shown. */
export class SourceError extends Error {
  constructor(
    message: string,
    /** 401/403: the token is wrong, so retrying cannot help. */
    readonly fatal: boolean,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

/**
 * One authenticated GET. A 429 answers the wait the source asks for (Retry-After, in seconds or as a
 * date; 60 s when it names none), which the job keeps as its next start, so no Worker sleeps on it.
 */
export async function sourceGet(url: string, headers: Record<string, string>, now: Date): Promise<SourceAnswer> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/json', ...headers } });
  } catch (err) {
    throw new SourceError(`could not reach ${new URL(url).host}: ${(err as Error).message}`, false);
  }
  if (res.status === 429) {
    await res.body?.cancel();
    return { ok: false, waitSeconds: retryAfterSeconds(res.headers.get('retry-after'), now) ?? 60 };
  }
  if (!res.ok) {
    const text = (await res.text()).slice(0, 300);
    throw new SourceError(
      `${new URL(url).host} answered ${res.status}: ${text}`,
      res.status === 401 || res.status === 403,
    );
  }
  try {
    return { ok: true, body: await res.json(), headers: res.headers };
  } catch {
    throw new SourceError(`${new URL(url).host} answered with something that is not JSON`, false);
  }
}
