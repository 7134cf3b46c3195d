import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';

/**
 * The advertiser's next self-billing document number (invoices and credit notes share the series).
 * The counter row is bumped with an upsert that takes its lock until the caller's transaction ends,
 * so concurrent payouts of one advertiser queue on it and a rolled-back one gives its number back:
 * no gap, no repeat.
 */
export async function nextInvoiceNumber({ ctx, input }: ServiceCall<{ organizationId: string }>): Promise<number> {
  const counter = await ctx.db.execute(sql`
    INSERT INTO affiliate.invoice_counters (organization_id, last_number, created_at, updated_at)
    VALUES (${input.organizationId}, 1, ${ctx.now}, ${ctx.now})
    ON CONFLICT (organization_id) DO UPDATE
      SET last_number = affiliate.invoice_counters.last_number + 1, updated_at = ${ctx.now}
    RETURNING last_number`);
  return (counter.rows[0] as { last_number: number }).last_number;
}
