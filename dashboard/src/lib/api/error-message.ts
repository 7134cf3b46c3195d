import { ApiError } from './api-error';

/** The parts of a failure only support needs: shown behind a "Details" toggle, never as the message. */
export interface ErrorDetailsFields {
  status: number | null;
  code: string;
  requestId: string | null;
  message: string;
}

// A code the table does not know yet (a newer server) still gets a sentence: the one of its status.
const BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  402: 'plan_limit_reached',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  410: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'service_unavailable',
};

/**
 * The key under `codes.` of the `errors` namespace whose sentence tells a person what went wrong and what to
 * do: the API's own code when the table has it (`known`), else one for the HTTP status, else a generic one.
 */
export function errorMessageCode(error: unknown, known: (code: string) => boolean): string {
  if (!(error instanceof ApiError)) return 'http_error';
  if (known(error.code)) return error.code;
  if (error.status === null) return 'network_error';
  if (error.status >= 500) return 'internal';
  return BY_STATUS[error.status] ?? 'bad_request';
}

/** The technical side of a failure, for the "Details" toggle and for support. */
export function errorDetails(error: unknown): ErrorDetailsFields {
  if (error instanceof ApiError)
    return { status: error.status, code: error.code, requestId: error.requestId, message: error.message };
  return { status: null, code: 'client_error', requestId: null, message: String(error) };
}
