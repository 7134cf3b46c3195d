import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { organizations, selfBillingInvoices } from '../../../schema';
import type { ServiceCall } from '../../context';
import { selfBillingVat } from '../../domain/self-billing-vat';
import { invoiceNumberText, selfBillingInvoiceDocument } from '../../domain/tax-documents';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser, affiliateScope } from '../access';
import { decryptSecret } from '../encryption';
import { renderPdfFile } from '../render-file';

const credited = alias(selfBillingInvoices, 'credited');

/**
 * A self-billing invoice or credit note as a PDF, from the row written when the item was paid (both parties' details
 * as they were then). The advertiser and the affiliate it was issued to may download it; the VAT
 * number is decrypted only into the document, which must carry it.
 */
export async function renderInvoicePdf({
  ctx,
  input,
}: ServiceCall<{ invoiceId: string }>): Promise<{ pdf: Uint8Array; filename: string }> {
  const scope =
    ctx.tenant?.kind === 'affiliate'
      ? and(
          eq(selfBillingInvoices.organizationId, affiliateScope(ctx).organizationId),
          eq(selfBillingInvoices.affiliateId, affiliateScope(ctx).affiliateId),
        )
      : eq(selfBillingInvoices.organizationId, actingAdvertiser(ctx).organizationId);
  const [row] = await ctx.db
    .select({ invoice: selfBillingInvoices, slug: organizations.slug, creditsNumber: credited.number })
    .from(selfBillingInvoices)
    .innerJoin(organizations, eq(organizations.id, selfBillingInvoices.organizationId))
    .leftJoin(credited, eq(credited.id, selfBillingInvoices.creditsInvoiceId))
    .where(and(eq(selfBillingInvoices.id, input.invoiceId), scope));
  if (!row) throw new NotFoundError('invoice');
  const inv = row.invoice;
  const vatNumber = await decryptSecret(inv.supplierVatEncrypted, ctx.config.DATA_ENCRYPTION_KEY);
  const pdf = await renderPdfFile({
    ctx,
    input: selfBillingInvoiceDocument({
      number: inv.number,
      organizationSlug: row.slug,
      issuedAt: inv.issuedAt,
      amountMinor: inv.amountMinor,
      currency: inv.currency,
      supplier: {
        name: inv.supplierName,
        address: inv.supplierAddress,
        vatId: `${inv.supplierVatCountry}${vatNumber}`,
      },
      customer: { name: inv.customerName, address: inv.customerAddress, vatId: inv.customerVatId },
      // Worked out again from the parties' countries and the issue date, as it was when issued.
      vat: selfBillingVat({
        supplierViesCode: inv.supplierVatCountry,
        customerCountry: inv.customerCountry,
        totalMinor: inv.amountMinor,
        issuedAt: inv.issuedAt,
      }),
      payoutItemId: inv.payoutItemId,
      credit: row.creditsNumber === null ? null : { invoiceNumber: row.creditsNumber, reason: inv.creditReason ?? '' },
    }),
  });
  return { pdf, filename: `${invoiceNumberText(row.slug, inv.number)}.pdf` };
}
