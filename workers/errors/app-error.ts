import type { QuotaPolicy } from '../domain/rate-limit-fields';
import type { ErrorCode } from './codes';

/** Transport-free error thrown by services; the HTTP layer maps `code` to a status. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id?: string) {
    super('not_found', id ? `${entity} ${id} was not found` : `${entity} was not found`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super('conflict', message);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, details?: unknown) {
    super('validation_failed', message, details);
  }
}

/**
 * Too many attempts; the HTTP layer answers 429 with `Retry-After: retryAfterSeconds` and, given the policy that
 * refused, its RateLimit fields (nothing left until then).
 */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    readonly policy?: QuotaPolicy,
  ) {
    super('rate_limited', message, { retryAfterSeconds });
  }
}
