import { DELIVERY_MAX_ATTEMPTS, deliveryRetryDelaySeconds, isFinalDeliveryAttempt } from './delivery-retry-schedule';

/**
 * Delivery rules of outbound webhooks. A message is tried WEBHOOK_MAX_ATTEMPTS times on the
 * schedule postbacks share (delivery-retry-schedule.ts: about 27.5 hours, receivers are often down
 * for a deploy, sometimes for a night); an endpoint whose deliveries failed for good
 * WEBHOOK_DISABLE_AFTER times in a row is turned off.
 */
export const WEBHOOK_MAX_ATTEMPTS = DELIVERY_MAX_ATTEMPTS;
export const WEBHOOK_DISABLE_AFTER = 5;
/** How long the secret before a rotation keeps signing, so receivers can switch without a gap. */
export const WEBHOOK_ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;
/** Endpoints one owner (an organization or an affiliate) may have. */
export const WEBHOOK_ENDPOINTS_PER_OWNER = 10;
/** Characters of a receiver's answer kept in the delivery log. */
export const WEBHOOK_RESPONSE_SNIPPET_CHARS = 500;

/** Delay before the next attempt after failed attempt `attempt` (1-based), jittered: see delivery-retry-schedule.ts. */
export const webhookRetryDelaySeconds = (attempt: number, random?: () => number): number =>
  deliveryRetryDelaySeconds(attempt, random);

/** Whether a failed attempt `attempt` was the last one. */
export const isFinalWebhookAttempt = isFinalDeliveryAttempt;

/** What an endpoint becomes after a delivery failed for good: its new failure count, and whether it is now off. */
export function afterFinalFailure(consecutiveFailures: number): { consecutiveFailures: number; disable: boolean } {
  const next = consecutiveFailures + 1;
  return { consecutiveFailures: next, disable: next >= WEBHOOK_DISABLE_AFTER };
}

/** The JSON body of an event: `{ type, timestamp, data }`, timestamp in ISO 8601. */
export function webhookBody(type: string, at: Date, data: Record<string, unknown>): string {
  return JSON.stringify({ type, timestamp: at.toISOString(), data });
}

/** The `webhook-id` of a delivery: stable across its retries, so receivers dedupe on it. */
export const webhookMessageId = (deliveryId: string) => `msg_${deliveryId}`;
