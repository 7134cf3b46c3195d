import { z } from 'zod';
import type { PayPalConfig } from './paypal-config';
import { requestErrorFrom } from './paypal-errors';
import { paypalRequest } from './paypal-request';

const verifyResponse = z.object({ verification_status: z.string() });

/** PayPal's headers on a webhook delivery, and the verify request's field for each. */
const HEADER_FIELDS = {
  auth_algo: 'paypal-auth-algo',
  cert_url: 'paypal-cert-url',
  transmission_id: 'paypal-transmission-id',
  transmission_sig: 'paypal-transmission-sig',
  transmission_time: 'paypal-transmission-time',
} as const;

/**
 * Whether PayPal sent this webhook delivery (`POST /v1/notifications/verify-webhook-signature`).
 * Missing headers or no configured webhook id → false without a call; PayPal's 400 (malformed
 * headers) → false. PayPalUnavailableError and other refusals propagate, so the route answers 5xx
 * and PayPal delivers again later instead of the event being dropped.
 */
export async function verifyWebhookSignature(cfg: PayPalConfig, headers: Headers, event: unknown): Promise<boolean> {
  if (!cfg.webhookId) return false;
  const fields: Record<string, string> = {};
  for (const [field, header] of Object.entries(HEADER_FIELDS)) {
    const value = headers.get(header);
    if (!value) return false;
    fields[field] = value;
  }
  const res = await paypalRequest(cfg, {
    method: 'POST',
    path: '/v1/notifications/verify-webhook-signature',
    body: { ...fields, webhook_id: cfg.webhookId, webhook_event: event },
  });
  if (res.status === 400) return false;
  if (res.status !== 200) throw requestErrorFrom(res);
  return verifyResponse.parse(res.body).verification_status === 'SUCCESS';
}
