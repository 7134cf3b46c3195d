/** Codes raised by the client itself, next to the server's own error codes. */
export type ClientErrorCode = 'network_error' | 'http_error';

type ApiErrorFields = {
  status: number | null;
  code: string;
  message: string;
  requestId: string | null;
  /** What the server named beside the code: for validation_failed, each failing path with its message. */
  details?: unknown;
};

/** Every failed API call surfaces as this, whatever went wrong, so views show one kind of error. */
export class ApiError extends Error {
  /** null when no HTTP response arrived at all. */
  readonly status: number | null;
  readonly code: string;
  readonly requestId: string | null;
  readonly details: unknown;

  constructor({ status, code, message, requestId, details }: ApiErrorFields, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.requestId = requestId;
    this.details = details;
  }
}

type ErrorBody = { error?: { code?: unknown; message?: unknown; requestId?: unknown; details?: unknown } };

/** Turns the API's `{ error: { code, message, requestId } }` body (or anything else) into an ApiError. */
export function toApiError(response: Response, body: unknown): ApiError {
  const error = (body as ErrorBody | null)?.error;
  const requestId = typeof error?.requestId === 'string' ? error.requestId : response.headers.get('x-request-id');
  if (typeof error?.code === 'string' && typeof error.message === 'string')
    return new ApiError({
      status: response.status,
      code: error.code,
      message: error.message,
      requestId,
      details: error.details,
    });
  return new ApiError({
    status: response.status,
    code: 'http_error',
    message: `${response.url} answered HTTP ${response.status}`,
    requestId,
  });
}
