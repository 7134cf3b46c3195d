import { and, eq, ne, sql } from 'drizzle-orm';
import { postbackAttempts, postbackDeliveries } from '../../../schema';
import type { PostbackDeliveryStatus } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';

export interface AttemptRecord {
  deliveryId: string;
  attempt: number;
  outcome: Exclude<PostbackDeliveryStatus, 'pending'>;
  statusCode: number | null;
  latencyMs: number | null;
  error: string | null;
  /** When the runtime will try again (retrying only). */
  nextAttemptAt: Date | null;
}

/**
 * Logs one attempt and brings its delivery up to date, together. Idempotent under redelivery:
 * the attempt row is unique per (delivery, attempt number), the counter only moves forward, and
 * a delivery already `success` is never downgraded by a late duplicate.
 */
export async function recordAttempt({ ctx, input }: ServiceCall<AttemptRecord>): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await tx.db
      .insert(postbackAttempts)
      .values({
        deliveryId: input.deliveryId,
        attempt: input.attempt,
        outcome: input.outcome,
        statusCode: input.statusCode,
        latencyMs: input.latencyMs,
        error: input.error?.slice(0, 1000) ?? null,
      })
      .onConflictDoNothing();
    await tx.db
      .update(postbackDeliveries)
      .set({
        status: input.outcome,
        attempts: sql`GREATEST(${postbackDeliveries.attempts}, ${input.attempt})`,
        lastStatusCode: input.statusCode,
        lastLatencyMs: input.latencyMs,
        lastError: input.error?.slice(0, 1000) ?? null,
        nextAttemptAt: input.nextAttemptAt,
        ...(input.outcome === 'success' ? { deliveredAt: tx.now } : {}),
      })
      .where(and(eq(postbackDeliveries.id, input.deliveryId), ne(postbackDeliveries.status, 'success')));
  });
}
