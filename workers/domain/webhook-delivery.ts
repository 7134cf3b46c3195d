/**
 * Delivery rules of outbound webhooks. A message is tried WEBHOOK_MAX_ATTEMPTS times over about
 * seven and a half hours (receivers are often down for a deploy, sometimes for a night); an
 * endpoint whose deliveries failed for good WEBHOOK_DISABLE_AFTER times in a row is turned off.
 */
export const WEBHOOK_MAX_ATTEMPTS = 8;
export const WEBHOOK_DISABLE_AFTER = 5;
/** How long the secret before a rotation keeps signing, so receivers can switch without a gap. */
export const WEBHOOK_ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;
/** Endpoints one owner (an organization or an affiliate) may have. */
export const WEBHOOK_ENDPOINTS_PER_OWNER = 10;
/** Characters of a receiver's answer kept in the delivery log. */
export const WEBHOOK_RESPONSE_SNIPPET_CHARS = 500;

const DELAYS_SECONDS = [30, 120, 600, 1800, 3600, 7200, 14_400];

/** Delay before the next attempt after failed attempt `attempt` (1-based): 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h. */
export function webhookRetryDelaySeconds(attempt: number): number {
  return DELAYS_SECONDS[Math.min(DELAYS_SECONDS.length, Math.max(1, attempt)) - 1]!;
}

/** Whether a failed attempt `attempt` was the last one. */
export function isFinalWebhookAttempt(attempt: number): boolean {
  return attempt >= WEBHOOK_MAX_ATTEMPTS;
}

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
