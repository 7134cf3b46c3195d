/** Cloudflare could not be reached, timed out, or answered 5xx or 429. */
export class CloudflareUnavailableError extends Error {
  override readonly name = 'CloudflareUnavailableError';
  constructor(readonly lastFailure: string) {
    super(`Cloudflare unavailable: ${lastFailure}`);
  }
}

/** Cloudflare refused the request; `errors` are its own `{ code, message }` entries. */
export class CloudflareRequestError extends Error {
  override readonly name = 'CloudflareRequestError';
  constructor(
    readonly status: number,
    readonly errors: { code?: number | undefined; message: string }[],
  ) {
    super(`Cloudflare ${status}: ${errors.map((e) => (e.code ? `${e.code} ${e.message}` : e.message)).join('; ')}`);
  }

  /** A custom hostname that is not there (any more): HTTP 404. */
  get notFound(): boolean {
    return this.status === 404;
  }
}
