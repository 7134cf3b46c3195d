import { eq } from 'drizzle-orm';
import { postbackDeliveries, users } from '../../../schema';
import type { PostbackEventType } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { expandMacros } from '../../domain/macros';
import { POSTBACK_MACROS } from '../../domain/postback-template';
import type { PostbackMessage } from './postback-request';

/** One delivery to attempt: its identity and the URL to request (macros already expanded). */
export interface PostbackJob {
  affiliateId: string;
  organizationId: string;
  eventType: PostbackEventType;
  eventKey: string;
  conversionId: string | null;
  clickId: string | null;
  programId: string | null;
  /** When the event happened: the delivery lists sort by it. */
  occurredAt: Date;
  url: string;
}

export type ResolvedJob = { kind: 'send'; job: PostbackJob } | { kind: 'skip'; reason: string };

/**
 * Turns a queue message into the delivery to attempt, with the affiliate's settings as they are
 * now: an affiliate who switched postbacks off, or did not opt into this event, gets nothing,
 * even on a retry or a replay. A request expands the current template with its values; a replay
 * re-sends the URL stored on its delivery.
 */
export async function resolvePostbackJob({
  ctx,
  input,
}: ServiceCall<{ message: PostbackMessage }>): Promise<ResolvedJob> {
  const { message } = input;
  let base: Omit<PostbackJob, 'url'>;
  let storedUrl: string | null = null;
  if ('replayOf' in message) {
    const [delivery] = await ctx.db
      .select()
      .from(postbackDeliveries)
      .where(eq(postbackDeliveries.id, message.replayOf));
    if (!delivery) return { kind: 'skip', reason: `delivery ${message.replayOf} no longer exists` };
    const { affiliateId, organizationId, eventType, eventKey, conversionId, clickId, programId, occurredAt } = delivery;
    base = { affiliateId, organizationId, eventType, eventKey, conversionId, clickId, programId, occurredAt };
    storedUrl = delivery.url;
  } else {
    const { affiliateId, organizationId, eventType, eventKey, conversionId, clickId } = message;
    const programId = message.programId ?? null;
    const occurredAt = message.occurredAt ? new Date(message.occurredAt) : ctx.now;
    base = { affiliateId, organizationId, eventType, eventKey, conversionId, clickId, programId, occurredAt };
  }
  const [affiliate] = await ctx.db
    .select({ enabled: users.postbackEnabled, template: users.postbackUrlTemplate, events: users.postbackEvents })
    .from(users)
    .where(eq(users.id, base.affiliateId));
  if (!affiliate) return { kind: 'skip', reason: 'the affiliate no longer exists' };
  if (!affiliate.enabled || !affiliate.template) return { kind: 'skip', reason: 'postbacks are disabled' };
  if (!affiliate.events.includes(base.eventType))
    return { kind: 'skip', reason: `the affiliate did not opt into ${base.eventType} postbacks` };
  const url =
    storedUrl ?? expandMacros(affiliate.template, 'replayOf' in message ? {} : message.values, POSTBACK_MACROS);
  return { kind: 'send', job: { ...base, url } };
}
