import type { ServiceCall } from '../../context';
import { sendBatches } from '../../integrations/queues/send-batches';
import { postbackRequest, type PostbackRequest } from './postback-request';

/**
 * Queues postbacks after the caller's transaction committed. Never throws: the conversion is
 * already stored, so a send that fails three times is logged (`postback_enqueue_failed` with the
 * counts) and can be re-fired by POST /api/platform/postbacks/deliveries/{id}/replay or from the
 * conversion. A request that fails the contract is a caller bug, logged and not sent.
 */
export async function enqueuePostbacks({ ctx, input }: ServiceCall<{ requests: PostbackRequest[] }>): Promise<void> {
  const { requests } = input;
  const valid: PostbackRequest[] = [];
  for (const request of requests) {
    const parsed = postbackRequest.safeParse(request);
    if (parsed.success) valid.push(parsed.data);
    else
      ctx.log.error('postback_request_invalid', {
        eventKey: String(request?.eventKey).slice(0, 200),
        issues: parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`),
      });
  }
  if (valid.length > 0)
    await sendBatches(ctx.config.POSTBACKS, valid, { event: 'postback_enqueue_failed', log: ctx.log });
}
