import type { ServiceCall } from '../../context';
import { clickMessage } from '../../contracts/click-message';

/** The KV keys of spooled clicks (the tracker's spoolKey). */
export const SPOOL_PREFIX = 'spool:';
const SEND_BATCH = 100;

/**
 * Sends clicks that the edge spooled to KV while the queue was failing. Keys are deleted only
 * after their batch was accepted by the queue; a click sent twice is harmless (its id is the key).
 */
export async function drainClickSpool({ ctx }: ServiceCall<void>): Promise<{ sent: number }> {
  const spool = ctx.config.CLICK_SPOOL;
  const { keys } = await spool.list({ prefix: SPOOL_PREFIX, limit: 1000 });
  let sent = 0;
  for (let i = 0; i < keys.length; i += SEND_BATCH) {
    const names = keys.slice(i, i + SEND_BATCH).map((k) => k.name);
    const values = await Promise.all(names.map((name) => spool.get(name, 'json')));
    const messages = values.flatMap((value) => {
      const parsed = clickMessage.safeParse(value);
      return parsed.success ? [{ body: parsed.data, contentType: 'json' as const }] : [];
    });
    if (messages.length < names.length) {
      ctx.log.error('spool_value_invalid', {
        keys: names.filter((_, j) => !clickMessage.safeParse(values[j]).success),
      });
    }
    if (messages.length > 0) await ctx.config.CLICKS.sendBatch(messages);
    await Promise.all(names.map((name) => spool.delete(name)));
    sent += messages.length;
  }
  return { sent };
}
