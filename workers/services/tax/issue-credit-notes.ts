import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { uuidv7 } from '../../contracts/ids';
import { arrayLiteral } from '../../db/array-literal';
import { nextInvoiceNumber } from './next-invoice-number';

/**
 * A step of the transaction that takes a paid item back (PayPal reversed or refunded it, Stripe
 * reversed its transfer in full): each of those items' self-billing invoice gets its credit note,
 * numbered by the same counter as invoices (under its lock: no gap, no repeat), with the invoice's
 * parties and amount as printed, and the reason. An invoice already credited (a result applied
 * twice) is skipped, as is an item that had no invoice. Returns how many credit notes were issued.
 */
export async function issueCreditNotes({
  ctx,
  input,
}: ServiceCall<{ payoutItemIds: readonly string[]; reason: string }>): Promise<number> {
  if (input.payoutItemIds.length === 0) return 0;
  const invoices = await ctx.db.execute(sql`
    SELECT b.id, b.organization_id FROM affiliate.self_billing_invoices b
    WHERE b.payout_item_id = ANY(${arrayLiteral(input.payoutItemIds)}::uuid[]) AND b.kind = 'invoice'
      AND NOT EXISTS (SELECT 1 FROM affiliate.self_billing_invoices c WHERE c.credits_invoice_id = b.id)
    ORDER BY b.organization_id, b.id`);
  let issued = 0;
  for (const invoice of invoices.rows as { id: string; organization_id: string }[]) {
    const number = await nextInvoiceNumber({ ctx, input: { organizationId: invoice.organization_id } });
    await ctx.db.execute(sql`
      INSERT INTO affiliate.self_billing_invoices
        (id, organization_id, number, kind, credits_invoice_id, credit_reason, payout_item_id, affiliate_id,
         amount_minor, currency, issued_at, supplier_name, supplier_address, supplier_vat_country,
         supplier_vat_encrypted, customer_name, customer_address, customer_country, customer_vat_id,
         reverse_charge, created_at, updated_at)
      SELECT ${uuidv7()}, organization_id, ${number}, 'credit_note', id, ${input.reason.slice(0, 500)}, payout_item_id,
        affiliate_id, amount_minor, currency, ${ctx.now}, supplier_name, supplier_address, supplier_vat_country,
        supplier_vat_encrypted, customer_name, customer_address, customer_country, customer_vat_id, reverse_charge,
        ${ctx.now}, ${ctx.now}
      FROM affiliate.self_billing_invoices WHERE id = ${invoice.id}`);
    issued++;
  }
  if (issued > 0) ctx.log.info('self_billing_credit_notes_issued', { count: issued });
  return issued;
}
