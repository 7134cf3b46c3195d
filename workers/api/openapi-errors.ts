import { z } from '@hono/zod-openapi';
import { ERROR_CODES, type ErrorCode } from '../errors/codes';

/** The one error body every route answers (workers/errors/on-error.ts), as an OpenAPI component. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      requestId: z.string(),
      docUrl: z.url().describe("This code's entry in docs/errors.md: what it means and what to do"),
      details: z
        .unknown()
        .optional()
        .describe(
          'For validation_failed: [{ path, message, code? }] (code names a check, e.g. duplicate_entry: a list repeats a key); for rate_limited: { retryAfterSeconds }',
        ),
    }),
  })
  .openapi('Error');

const DESCRIPTIONS = {
  400: 'Invalid input: invalid_json, validation_failed (details lists the failing fields), bad_request, or a stats_* code for a report the rollups cannot answer',
  401: 'No valid access token, or the session has ended',
  402: 'plan_limit_reached: the organization’s plan allows no more of this (details: limit, used, allowed, plan)',
  403: 'Signed in, but not allowed',
  404: 'No such resource (also for another tenant’s resources)',
  409: 'Conflicts with the current state',
  410: 'Gone for good: join_link_revoked, join_link_expired or join_link_used_up',
  413: 'The body is larger than 64 KiB',
  415: 'The body is not JSON',
  429: 'Too many attempts; retry after the number of seconds in Retry-After',
  503: 'An outside service this needs is not answering; try again shortly',
} as const;

type ErrorStatus = keyof typeof DESCRIPTIONS;
type HeaderObject = { description: string; schema: { type: 'integer' | 'string' } };
type ErrorResponse = {
  description: string;
  content: { 'application/json': { schema: typeof errorSchema } };
  headers?: Record<string, HeaderObject>;
};

/**
 * IETF RateLimit fields (draft-ietf-httpapi-ratelimit-headers-11), sent by every rate-limited operation: on its
 * 429s and, for the Workers rate-limit bindings' budgets, on the answers they let through. Policies are named
 * after what they count per what (`login.ip`, `conversions.api_key`, `login_failure`); see docs/integrating.md#rate-limits.
 */
export const rateLimitHeaders = {
  RateLimit: {
    description:
      'Where this caller stands, per policy: `"<policy>";r=<requests left>;t=<seconds until the window ends>`. r is counted where the request was served and can be higher than what is left; a 429 is the authority.',
    schema: { type: 'string' },
  },
  'RateLimit-Policy': {
    description: 'The policies this operation counts against: `"<policy>";q=<requests>;w=<window in seconds>`',
    schema: { type: 'string' },
  },
} satisfies Record<string, HeaderObject>;

/** Declares error responses on a route, so the OpenAPI document lists what clients must handle. */
export function declareErrorResponses<S extends ErrorStatus>(...statuses: S[]): Record<S, ErrorResponse> {
  const out = {} as Record<S, ErrorResponse>;
  for (const status of statuses) {
    out[status] = { description: DESCRIPTIONS[status], content: { 'application/json': { schema: errorSchema } } };
    if (status === 429)
      out[status].headers = {
        'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } },
        ...rateLimitHeaders,
      };
  }
  return out;
}
