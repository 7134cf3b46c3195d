import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, ConflictError, NotFoundError, RateLimitedError } from './app-error';
import { ERROR_CODES, ERROR_STATUS } from './codes';
import { errorDocUrl } from './doc-url';
import { onError } from './on-error';

function appThrowing(error: unknown) {
  const app = new Hono();
  app.use(requestId());
  app.get('/', () => {
    throw error;
  });
  app.onError(onError);
  return app;
}

describe('the error module', () => {
  it.each(ERROR_CODES)('answers %s with its status and the error format', async (code) => {
    const res = await appThrowing(new AppError(code, `message for ${code}`)).request('/');
    expect(res.status).toBe(ERROR_STATUS[code]);
    const body = (await res.json()) as { error: Record<string, unknown> };
    expect(body.error).toEqual({
      code,
      message: `message for ${code}`,
      requestId: res.headers.get('x-request-id'),
      docUrl: errorDocUrl(code),
    });
  });

  it('maps the service errors', async () => {
    expect((await appThrowing(new NotFoundError('program', 'p1')).request('/')).status).toBe(404);
    expect((await appThrowing(new ConflictError('taken')).request('/')).status).toBe(409);
  });

  it('answers a RateLimitedError with 429 and Retry-After in seconds', async () => {
    const res = await appThrowing(new RateLimitedError('slow down', 42)).request('/');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('42');
    expect(await res.json()).toMatchObject({ error: { code: 'rate_limited', details: { retryAfterSeconds: 42 } } });
  });

  it('maps a bare 403 HTTPException to the generic forbidden', async () => {
    const res = await appThrowing(new HTTPException(403, { message: 'no' })).request('/');
    expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('maps a ZodError to validation_failed with the failing paths', async () => {
    const error = z.object({ email: z.email() }).safeParse({ email: 'nope' }).error!;
    const res = await appThrowing(error).request('/');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'validation_failed', details: [{ path: 'email' }] } });
  });

  it.each([
    { status: 400 as const, code: 'bad_request' },
    { status: 401 as const, code: 'unauthorized' },
    { status: 413 as const, code: 'payload_too_large' },
    { status: 429 as const, code: 'rate_limited' },
  ])("maps Hono's HTTPException $status to $code", async ({ status, code }) => {
    const res = await appThrowing(new HTTPException(status, { message: 'x' })).request('/');
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ error: { code } });
  });

  it('never leaks an unexpected error', async () => {
    const res = await appThrowing(new Error('password=hunter2 at db.internal:5432')).request('/');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'internal', message: 'An internal error occurred' } });
  });
});
