import { sql } from 'drizzle-orm';
import { conversions, type Conversion } from '../../../schema';
import { findOriginalConversion } from './find-original-conversion';
import type { FoundOriginal } from './follow-original';
import type { ServiceCall } from '../../context';

/**
 * The sale or rebill a cancellation is about: by order id or customer as a refund finds it, else
 * (an S2S cancellation names only its click) the latest paid conversion credited to that click.
 * Locked, like the original a refund settles against.
 */
export async function findCancelledSale({
  ctx,
  input,
}: ServiceCall<{ cancel: Conversion }>): Promise<FoundOriginal | undefined> {
  const { db } = ctx;
  const { cancel } = input;
  const found = await findOriginalConversion({ ctx, input: { conversion: cancel } });
  if (found || !cancel.clickId) return found;
  const [byClick] = await db
    .select()
    .from(conversions)
    .where(
      sql`${conversions.appId} = ${cancel.appId} AND ${conversions.clickId} = ${cancel.clickId}
        AND ${conversions.eventType} IN ('sale', 'rebill') AND ${conversions.enrollmentId} IS NOT NULL AND ${conversions.id} <> ${cancel.id}`,
    )
    .orderBy(sql`${conversions.occurredAt} DESC`)
    .limit(1)
    .for('update');
  return byClick ? { original: byClick, via: 'click_id' } : undefined;
}
