import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { AppError } from './app-error';
import { ERROR_STATUS, type ErrorCode } from './codes';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; requestId: string; details?: unknown };
}

const STATUS_CODE: Partial<Record<number, ErrorCode>> = Object.fromEntries(
  Object.entries(ERROR_STATUS).map(([code, status]) => [status, code as ErrorCode]),
);
// Several codes share 400; the generic one is the right default for a bare HTTPException.
STATUS_CODE[400] = 'bad_request';

export function errorResponse(c: Context, code: ErrorCode, message: string, details?: unknown): Response {
  const body: ErrorBody = { error: { code, message, requestId: c.get('requestId') ?? 'unknown' } };
  if (details !== undefined) body.error.details = details;
  return c.json(body, ERROR_STATUS[code]);
}

/** Maps any thrown value to the error format. A 500 never carries internals to the client. */
export function onError(err: Error, c: Context): Response {
  if (err instanceof AppError) return errorResponse(c, err.code, err.message, err.details);
  if (err instanceof ZodError) {
    const details = err.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    return errorResponse(c, 'validation_failed', 'The request is not valid', details);
  }
  if (err instanceof HTTPException) {
    const code = STATUS_CODE[err.status] ?? (err.status >= 500 ? 'internal' : 'bad_request');
    return errorResponse(c, code, err.message || code);
  }
  console.error(JSON.stringify({ level: 'error', requestId: c.get('requestId'), message: err.message, stack: err.stack }));
  return errorResponse(c, 'internal', 'An internal error occurred');
}
