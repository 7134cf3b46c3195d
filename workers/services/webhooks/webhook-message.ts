import { z } from 'zod';

/** A message of the webhooks queue: one delivery (endpoint and event) to attempt. */
export const webhookMessage = z.object({ v: z.literal(1), deliveryId: z.uuid() });
export type WebhookMessage = z.infer<typeof webhookMessage>;
