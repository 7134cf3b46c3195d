import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { uuidv7 } from '../../contracts/ids';
import { arrayLiteral } from '../../db/array-literal';
import { reverseChargeApplies } from '../../domain/vat-id';
import { nextInvoiceNumber } from './next-invoice-number';

interface PaidItemRow {
  id: string;
  organization_id: string;
  affiliate_id: string;
  amount_minor: string;
  currency: string;
  vat_country: string;
  vat_encrypted: string;
  supplier_name: string;
  supplier_address: string;
  customer_name: string;
  customer_address: string;
  customer_country: string | null;
  customer_vat_id: string | null;
}

/**
 * A step of the transaction that pays items: every paid item of an affiliate with a valid VAT id gets
 * its self-billing invoice, numbered by the advertiser's counter (nextInvoiceNumber: no gap, no
 * repeat, whatever runs at once). An item that already has an invoice (a result applied twice) is
 * skipped. Returns how many invoices were issued.
 */
export async function issueSelfBillingInvoices({
  ctx,
  input,
}: ServiceCall<{ payoutItemIds: readonly string[] }>): Promise<number> {
  if (input.payoutItemIds.length === 0) return 0;
  // Supplier details from the form that counts with this advertiser, else VIES's register, else the account.
  const items = await ctx.db.execute(sql`
    SELECT i.id, i.organization_id, i.affiliate_id, i.amount_minor::text AS amount_minor, i.currency,
           v.country_code AS vat_country, v.vat_number_encrypted AS vat_encrypted,
           coalesce(f.business_name, f.legal_name, v.registered_name, u.email) AS supplier_name,
           coalesce(f.address_line || ', ' || concat_ws(' ', f.postal_code, f.city) || ', ' || f.country,
                    v.registered_address, '') AS supplier_address,
           coalesce(nullif(s.legal_name, ''), o.name) AS customer_name,
           concat_ws(', ', nullif(s.address_line, ''), nullif(concat_ws(' ', nullif(s.postal_code, ''), nullif(s.city, '')), ''), s.country) AS customer_address,
           s.country AS customer_country, s.vat_id AS customer_vat_id
    FROM affiliate.payout_items i
    JOIN affiliate.affiliate_vat_ids v ON v.affiliate_id = i.affiliate_id AND v.valid = 'valid'
    JOIN affiliate.users u ON u.id = i.affiliate_id
    JOIN affiliate.organizations o ON o.id = i.organization_id
    LEFT JOIN affiliate.organization_tax_settings s ON s.organization_id = i.organization_id
    LEFT JOIN LATERAL (
      SELECT * FROM affiliate.tax_forms f
      WHERE f.affiliate_id = i.affiliate_id AND f.status = 'valid'
        AND (f.organization_id = i.organization_id OR (f.organization_id IS NULL AND coalesce(s.accepts_shared_forms, true)))
      ORDER BY (f.organization_id IS NULL) LIMIT 1
    ) f ON true
    WHERE i.id = ANY(${arrayLiteral(input.payoutItemIds)}::uuid[]) AND i.status = 'success'
      AND NOT EXISTS (SELECT 1 FROM affiliate.self_billing_invoices b WHERE b.payout_item_id = i.id AND b.kind = 'invoice')
    ORDER BY i.organization_id, i.id`);
  let issued = 0;
  for (const item of items.rows as unknown as PaidItemRow[]) {
    const number = await nextInvoiceNumber({ ctx, input: { organizationId: item.organization_id } });
    await ctx.db.execute(sql`
      INSERT INTO affiliate.self_billing_invoices
        (id, organization_id, number, payout_item_id, affiliate_id, amount_minor, currency, issued_at,
         supplier_name, supplier_address, supplier_vat_country, supplier_vat_encrypted,
         customer_name, customer_address, customer_country, customer_vat_id, reverse_charge, created_at, updated_at)
      VALUES (${uuidv7()}, ${item.organization_id}, ${number}, ${item.id}, ${item.affiliate_id}, ${item.amount_minor}::bigint,
              ${item.currency}, ${ctx.now}, ${item.supplier_name}, ${item.supplier_address}, ${item.vat_country},
              ${item.vat_encrypted}, ${item.customer_name}, ${item.customer_address}, ${item.customer_country},
              ${item.customer_vat_id}, ${reverseChargeApplies(item.vat_country, item.customer_country)}, ${ctx.now}, ${ctx.now})`);
    issued++;
  }
  if (issued > 0) ctx.log.info('self_billing_invoices_issued', { count: issued });
  return issued;
}
