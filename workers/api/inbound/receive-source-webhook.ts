import type { Context } from 'hono';
import type { WebhookSource } from '../../../schema/enums';
import { errorBody } from '../../errors/on-error';
import { CONVERSION_SOURCES, type SourceResult } from '../../services/conversion-sources';
import { limitInbound } from '../../services/inbound';
import type { AppEnv } from '../types';
import { parseJsonBytes, readRawJsonBody } from './read-raw-json';
import { stripeAppParams } from './schemas';

/** 201 for a new conversion; 200 for a repeat, a dispute step, invoice links or an ignored event (so the sender does not retry). */
function answer(c: Context<AppEnv>, result: SourceResult) {
  switch (result.kind) {
    case 'ignored':
      return c.json({ ignored: true as const, reason: result.reason }, 200);
    case 'linked':
      return c.json({ linked: result.links }, 200);
    case 'dispute':
      return c.json(result.outcome, 200);
    case 'conversion':
      return c.json(result.outcome, result.outcome.duplicate ? 200 : 201);
  }
}

/** The Hono path a source receives on, from its registered segment (the OpenAPI path says the same, tested). */
export const sourceWebhookPath = (id: WebhookSource): string =>
  `/v1/${CONVERSION_SOURCES[id].pathSegment}/:appId/webhooks`;

/**
 * The receive path of every conversion source's webhook, the same steps for each: the app's endpoint
 * (404 before the body is read), the raw bytes, the source's signature check over them, the sender's
 * burst budget once the signature is proven, then the source's own reading and recording.
 */
export async function receiveSourceWebhook(c: Context<AppEnv>, id: WebhookSource): Promise<Response> {
  const source = CONVERSION_SOURCES[id];
  const ctx = c.var.services();
  const { appId } = stripeAppParams.parse(c.req.param());
  const endpoint = await source.findEndpoint({ ctx, input: { appId } });
  const payload = await readRawJsonBody(c);
  const check = await source.verify({
    payload,
    header: (name) => c.req.header(name),
    nowSeconds: Math.floor(ctx.now.getTime() / 1000),
    toleranceSeconds: ctx.config.SIGNATURE_TOLERANCE_SECONDS,
    secret: endpoint.secret,
  });
  if (!check.ok) {
    const { status, code, message } = source.refusal(check.reason);
    return c.json(errorBody(code, message, c.var.requestId), status);
  }
  await limitInbound({ ctx, input: source.limit(endpoint.appId) });
  const result = await source.receive({ ctx, input: { endpoint, json: parseJsonBytes(payload) } });
  return answer(c, result);
}
