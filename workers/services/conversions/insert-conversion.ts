import { sql } from 'drizzle-orm';
import { conversions, type Conversion } from '../../../schema';
import { BoundedMemo } from '../../domain/bounded-memo';
import { fingerprint } from '../../domain/fingerprint';
import { sha256Hex } from '../../domain/secret-token';
import type { RecordConversionInput } from './record-conversion-input';
import type { ServiceCall } from '../../context';
import { findEditionForConversion } from '../editions';

// An app's customers come back with the same few user agents.
const fingerprints = new BoundedMemo<string, string>(5_000);

/**
 * Inserts the event as an unattributed conversion, or finds the one already stored under its
 * (app_id, event_id). The unique constraint decides, not a read first: under concurrency a
 * second insert waits for the first transaction and then does nothing, so exactly one row exists.
 */
export async function insertConversion({
  ctx,
  input,
}: ServiceCall<RecordConversionInput>): Promise<{ conversion: Conversion; inserted: boolean }> {
  const { db, now } = ctx;
  const { event } = input;
  // The edition the event names, if it is one of this app's: attribution credits its affiliate first.
  const edition = await findEditionForConversion({
    ctx,
    input: { appId: input.appId, editionId: event.edition ?? null, host: event.host ?? null },
  });
  const [inserted] = await db
    .insert(conversions)
    .values({
      organizationId: input.organizationId,
      appId: input.appId,
      source: input.source,
      eventId: event.event_id,
      eventType: event.type,
      clickId: event.click_id ?? null,
      editionId: edition?.editionId ?? null,
      externalCustomerId: event.customer_id ?? null,
      orderId: event.order_id ?? null,
      amountMinor: event.amount ?? 0,
      currency: event.currency ?? null,
      ip: event.ip ?? null,
      userAgent: event.user_agent ?? null,
      // Only the hash: the fingerprint fallback needs nothing more, and it is what clicks store.
      fingerprint: event.user_agent
        ? await fingerprint(event.user_agent, event.accept_language ?? null, fingerprints)
        : null,
      customerEmailHash: event.customer_email ? await sha256Hex(event.customer_email.trim().toLowerCase()) : null,
      couponCode: event.coupon ? event.coupon.toUpperCase() : null,
      metadata: event.metadata ?? null,
      occurredAt: event.occurred_at ? new Date(event.occurred_at) : now,
      receivedAt: now,
    })
    .onConflictDoNothing({ target: [conversions.appId, conversions.eventId] })
    .returning();
  if (inserted) return { conversion: inserted, inserted: true };
  const [existing] = await db
    .select()
    .from(conversions)
    .where(sql`${conversions.appId} = ${input.appId} AND ${conversions.eventId} = ${event.event_id}`);
  if (!existing) throw new Error(`conversion ${input.appId}/${event.event_id} conflicted but cannot be read`);
  return { conversion: existing, inserted: false };
}
