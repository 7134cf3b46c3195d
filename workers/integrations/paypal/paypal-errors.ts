import { z } from 'zod';
import type { PayPalResponse } from './paypal-fetch';

/** One entry of PayPal's error `details` array. */
export interface PayPalErrorDetail {
  field?: string;
  value?: string;
  location?: string;
  issue: string;
  description?: string;
}

/**
 * PayPal could not be reached or kept failing (5xx, 429, timeouts) after every retry. For a
 * create call the request may still have been applied: the caller must not assume it was not,
 * and must retry later with the same sender_batch_id.
 */
export class PayPalUnavailableError extends Error {
  override readonly name = 'PayPalUnavailableError';
  constructor(
    readonly attempts: number,
    readonly lastFailure: string,
  ) {
    super(`PayPal unavailable after ${attempts} attempts: ${lastFailure}`);
  }
}

/** PayPal refused the request (a 4xx other than the ones the client resolves itself). */
export class PayPalRequestError extends Error {
  override readonly name = 'PayPalRequestError';
  constructor(
    readonly status: number,
    /** PayPal's error name, e.g. VALIDATION_ERROR, INSUFFICIENT_FUNDS, invalid_client. */
    readonly paypalName: string,
    readonly paypalMessage: string,
    readonly details: PayPalErrorDetail[],
    readonly debugId: string | null,
  ) {
    super(
      `PayPal ${status} ${paypalName}: ${paypalMessage}${details.length ? ` (${details.map((d) => [d.field, d.issue].filter(Boolean).join(': ')).join('; ')})` : ''}`,
    );
  }
}

const link = z.object({ href: z.string(), rel: z.string().optional(), method: z.string().optional() });

/** PayPal's error body (the OpenAPI `error` schema); PayPal also puts HATEOAS links inside details. */
export const paypalErrorBody = z.object({
  name: z.string(),
  message: z.string().optional(),
  debug_id: z.string().optional(),
  details: z
    .array(
      z.object({
        field: z.string().optional(),
        value: z.string().optional(),
        location: z.string().optional(),
        issue: z.string(),
        description: z.string().optional(),
        link: z.array(link).optional(),
        links: z.array(link).optional(),
      }),
    )
    .optional(),
  links: z.array(link).optional(),
});
export type PayPalErrorBody = z.infer<typeof paypalErrorBody>;

/** The PayPalRequestError for a refused call, whatever shape (or none) its body has. */
export function requestErrorFrom(res: PayPalResponse): PayPalRequestError {
  const parsed = paypalErrorBody.safeParse(res.body);
  if (!parsed.success)
    return new PayPalRequestError(res.status, `HTTP_${res.status}`, 'unexpected error body', [], null);
  const { name, message, details, debug_id } = parsed.data;
  return new PayPalRequestError(
    res.status,
    name,
    message ?? name,
    (details ?? []).map(({ field, value, location, issue, description }) => ({
      field,
      value,
      location,
      issue,
      description,
    })),
    debug_id ?? null,
  );
}

/** An item's `errors` object (the same `error` schema), as a result or webhook carries it. */
export const paypalItemErrorBody = z.object({
  name: z.string(),
  message: z.string().optional(),
  debug_id: z.string().optional(),
});

/** Why PayPal did not pay an item; debugId is PayPal's correlation id for its support. */
export interface PayPalItemError {
  name: string;
  message: string;
  debugId: string | null;
}

export function itemErrorFrom(raw: z.infer<typeof paypalItemErrorBody> | null | undefined): PayPalItemError | null {
  return raw ? { name: raw.name, message: raw.message ?? raw.name, debugId: raw.debug_id ?? null } : null;
}
