import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { createLogger, type Logger, serializeError } from '../logging';
import { rateLimitFields } from '../domain/rate-limit-fields';
import { AppError, RateLimitedError } from './app-error';
import { ERROR_STATUS, type ErrorCode } from './codes';
import { constraintError } from './constraint-error';
import { errorDocUrl } from './doc-url';
import { zodIssueDetails } from './zod-details';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; requestId: string; docUrl: string; details?: unknown };
}

// Several codes share a status (400, 403); the first listed is the generic one, the right default
// for a bare HTTPException.
const STATUS_CODE: Partial<Record<number, ErrorCode>> = {};
for (const [code, status] of Object.entries(ERROR_STATUS)) STATUS_CODE[status] ??= code as ErrorCode;

/** The one error body; routes that must answer another status than the table's (providers' webhooks) build it here too. */
export function errorBody(
  code: ErrorCode,
  message: string,
  requestId: string | undefined,
  details?: unknown,
): ErrorBody {
  const body: ErrorBody = { error: { code, message, requestId: requestId ?? 'unknown', docUrl: errorDocUrl(code) } };
  if (details !== undefined) body.error.details = details;
  return body;
}

export function errorResponse(c: Context, code: ErrorCode, message: string, details?: unknown): Response {
  return c.json(errorBody(code, message, c.get('requestId'), details), ERROR_STATUS[code]);
}

/** Maps any thrown value to the error format. A 500 never carries internals to the client. */
export function onError(err: Error, c: Context): Response {
  if (err instanceof RateLimitedError) {
    c.header('Retry-After', String(err.retryAfterSeconds));
    // Nothing left under the policy until Retry-After: the effective window ends no earlier (draft §6).
    if (err.policy)
      for (const [name, value] of Object.entries(
        rateLimitFields({ policy: err.policy, remaining: 0, resetSeconds: err.retryAfterSeconds }),
      ))
        c.header(name, value, { append: true });
  }
  if (err instanceof AppError) return errorResponse(c, err.code, err.message, err.details);
  if (err instanceof ZodError) {
    return errorResponse(c, 'validation_failed', 'The request is not valid', zodIssueDetails(err.issues));
  }
  if (err instanceof HTTPException) {
    // Hono's JSON validator reports an unparsable body this way.
    if (err.status === 400 && /malformed json/i.test(err.message))
      return errorResponse(c, 'invalid_json', 'The body is not valid JSON');
    const code = STATUS_CODE[err.status] ?? (err.status >= 500 ? 'internal' : 'bad_request');
    return errorResponse(c, code, err.message || code);
  }
  // A database refusal caused by the input (a unique or check violation a service did not map
  // itself) is still the client's error, never a 500.
  const refused = constraintError(err);
  if (refused) return errorResponse(c, refused.code, refused.message, refused.details);
  // No request logger yet when the failure came before it was built (a misconfigured environment).
  const log: Logger = c.get('log') ?? createLogger({ fields: { requestId: c.get('requestId') } });
  log.error('request_failed', { method: c.req.method, path: c.req.path, ...serializeError(err) });
  return errorResponse(c, 'internal', 'An internal error occurred');
}
