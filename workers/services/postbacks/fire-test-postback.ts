import type { PostbackEventType } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { uuidv7 } from '../../contracts/ids';
import { expandMacros } from '../../domain/macros';
import { POSTBACK_MACROS, type PostbackMacro } from '../../domain/postback-template';
import { parseDomainAllowList, refusePostbackTarget } from '../../domain/postback-target';
import { ValidationError } from '../../errors/app-error';
import { actorId } from '../access';
import { getPostbackSettings } from './get-postback-settings';
import { sendPostback, type SendResult } from './send-postback';

export type TestPostbackResult = SendResult & { url: string };

/**
 * Fires the affiliate's template (or one being tried before saving) once, now, with sample values,
 * so the affiliate can check their tracker. Same safety rules and request as a real postback; no
 * delivery is logged and nothing is retried.
 */
export async function fireTestPostback({
  ctx,
  input,
}: ServiceCall<{ template?: string | undefined; eventType: PostbackEventType }>): Promise<TestPostbackResult> {
  const userId = actorId(ctx);
  const template = input.template ?? (await getPostbackSettings({ ctx, input: { userId } })).template;
  if (!template)
    throw new ValidationError('The request is not valid', [
      { path: 'template', message: 'Save a postback template first, or send one to try' },
    ]);
  const sample: Partial<Record<PostbackMacro, string>> = {
    click_id: uuidv7(),
    affiliate_id: userId,
    advertiser_id: 'test-advertiser',
    offer_id: 'test-offer',
    status: input.eventType,
    payout: input.eventType === 'click' ? '0.00' : '15.00',
    currency: 'USD',
    sub1: 'test',
    timestamp: String(Math.floor(ctx.now.getTime() / 1000)),
  };
  const url = expandMacros(template, sample, POSTBACK_MACROS);
  const refusal = refusePostbackTarget(url, parseDomainAllowList(ctx.config.POSTBACK_ALLOWED_DOMAINS));
  if (refusal) throw new ValidationError('The request is not valid', [{ path: 'template', message: refusal }]);
  return { url, ...(await sendPostback(ctx.config, url)) };
}
