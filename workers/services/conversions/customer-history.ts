import { sql } from 'drizzle-orm';
import { conversions, type Conversion } from '../../../schema';
import type { ServiceCall } from '../../context';

/**
 * The customer's first paid sale or rebill before this conversion, if any: it decides whether a
 * rebill is really the first payment (after a trial, it counts as the sale) and when a recurring
 * commission's "N months" started.
 */
export async function firstPaidConversion({
  ctx,
  input,
}: ServiceCall<{ conversion: Conversion }>): Promise<{ occurredAt: Date } | undefined> {
  const { db } = ctx;
  const { conversion } = input;
  if (!conversion.externalCustomerId) return undefined;
  const [first] = await db
    .select({ occurredAt: conversions.occurredAt })
    .from(conversions)
    .where(
      sql`${conversions.appId} = ${conversion.appId} AND ${conversions.externalCustomerId} = ${conversion.externalCustomerId}
        AND ${conversions.eventType} IN ('sale', 'rebill') AND ${conversions.amountMinor} > 0 AND ${conversions.enrollmentId} IS NOT NULL
        AND ${conversions.status} <> 'rejected' AND ${conversions.id} <> ${conversion.id}`,
    )
    .orderBy(conversions.occurredAt)
    .limit(1);
  return first;
}
