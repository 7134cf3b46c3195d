import { z } from 'zod';

const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string(),
  }),
});

/** Codes raised by the client itself, next to the server's own error codes. */
export type ClientErrorCode = 'network_error' | 'invalid_json' | 'invalid_response' | 'http_error';

type ApiErrorFields = {
  code: string;
  message: string;
  requestId: string | null;
  status: number | null;
};

export class ApiError extends Error {
  readonly code: string;
  readonly requestId: string | null;
  /** null when no HTTP response arrived at all. */
  readonly status: number | null;

  constructor({ code, message, requestId, status }: ApiErrorFields, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ApiError';
    this.code = code;
    this.requestId = requestId;
    this.status = status;
  }
}

type ApiGetOptions = {
  /** Non-2xx statuses whose body is still a regular answer (e.g. 503 from a degraded health check). */
  acceptStatuses?: readonly number[];
  signal?: AbortSignal;
};

export async function apiGet<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  { acceptStatuses = [], signal }: ApiGetOptions = {},
): Promise<z.output<Schema>> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, signal });
  } catch (cause) {
    // An abort is the router cancelling a stale load, not a failure to report.
    if (signal?.aborted) throw cause;
    throw clientError('network_error', `Could not reach ${path}`, null, null, cause);
  }

  const { status } = response;
  const headerRequestId = response.headers.get('x-request-id');
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw clientError('invalid_json', `${path} answered HTTP ${status} without JSON`, headerRequestId, status, cause);
  }

  const errorBody = apiErrorBodySchema.safeParse(body);
  if (errorBody.success) {
    throw new ApiError({ ...errorBody.data.error, status });
  }
  if (!response.ok && !acceptStatuses.includes(status)) {
    throw clientError('http_error', `${path} answered HTTP ${status}`, headerRequestId, status);
  }

  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw clientError('invalid_response', z.prettifyError(parsed.error), headerRequestId, status);
  }
  return parsed.data;
}

function clientError(
  code: ClientErrorCode,
  message: string,
  requestId: string | null,
  status: number | null,
  cause?: unknown,
): ApiError {
  return new ApiError({ code, message, requestId, status }, { cause });
}
