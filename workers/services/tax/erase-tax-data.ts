import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';

/**
 * Part of an account's deletion, in its transaction. A form that supports a payment must be kept
 * (a payer keeps W-9/W-8 records for four years after the last return they support), so it stays
 * with its encrypted TIN, linked to the now pseudonymous user, its signing IP erased and marked
 * pseudonymised; a form no payment relied on is deleted. The VAT id goes (each invoice keeps its own
 * copy, which VAT law makes the issuer keep).
 */
export async function eraseTaxData({ ctx, input }: ServiceCall<{ userId: string }>): Promise<void> {
  await ctx.db.execute(sql`
    DELETE FROM affiliate.tax_forms f
    WHERE f.affiliate_id = ${input.userId}
      AND NOT EXISTS (
        SELECT 1 FROM affiliate.payout_items i
        WHERE i.affiliate_id = f.affiliate_id AND i.status = 'success' AND i.paid_at >= f.signed_at
          AND (f.organization_id IS NULL OR i.organization_id = f.organization_id))`);
  await ctx.db.execute(sql`
    UPDATE affiliate.tax_forms SET signed_ip = 'erased', pseudonymised_at = ${ctx.now}, updated_at = ${ctx.now}
    WHERE affiliate_id = ${input.userId}`);
  await ctx.db.execute(sql`DELETE FROM affiliate.affiliate_vat_ids WHERE affiliate_id = ${input.userId}`);
}
