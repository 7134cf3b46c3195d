import type { Context } from 'hono';
import type { BillingEventResult } from '../../services/billing-webhooks';
import type { AppEnv } from '../types';

/** 201 for a new conversion, 200 for a repeat, a dispute step or an ignored event (so the provider does not retry). */
export function answerBillingEvent(c: Context<AppEnv>, result: BillingEventResult) {
  if (result.kind === 'ignored') return c.json({ ignored: true as const, reason: result.reason }, 200);
  if (result.kind === 'dispute') return c.json(result.outcome, 200);
  return c.json(result.outcome, result.outcome.duplicate ? 200 : 201);
}

/** A provider's bad signature answers 400, as Stripe's and Paddle's own libraries do. */
export function refuseSignature(c: Context<AppEnv>, message: string) {
  return c.json({ error: { code: 'invalid_signature', message, requestId: c.var.requestId } }, 400);
}
