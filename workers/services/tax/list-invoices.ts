import { and, desc, eq, lt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { organizations, selfBillingInvoices, users } from '../../../schema';
import type { InvoiceKind } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { invoiceNumberText } from '../../domain/tax-documents';
import { actingAdvertiser, affiliateScope } from '../access';

export interface InvoiceRow {
  id: string;
  number: number;
  /** The number as the invoice prints it, e.g. SB-ACME-000001. */
  numberText: string;
  kind: InvoiceKind;
  /** For a credit note: the number of the invoice it cancels, as printed. */
  creditsNumberText: string | null;
  /** For a credit note: why the payment was taken back. */
  creditReason: string | null;
  organizationId: string;
  affiliateId: string;
  affiliateEmail: string;
  payoutItemId: string;
  amountMinor: number;
  currency: string;
  issuedAt: Date;
  supplierName: string;
  reverseCharge: boolean;
}

const credited = alias(selfBillingInvoices, 'credited');
const columns = {
  id: selfBillingInvoices.id,
  number: selfBillingInvoices.number,
  kind: selfBillingInvoices.kind,
  creditsNumber: credited.number,
  creditReason: selfBillingInvoices.creditReason,
  organizationSlug: organizations.slug,
  organizationId: selfBillingInvoices.organizationId,
  affiliateId: selfBillingInvoices.affiliateId,
  affiliateEmail: users.email,
  payoutItemId: selfBillingInvoices.payoutItemId,
  amountMinor: selfBillingInvoices.amountMinor,
  currency: selfBillingInvoices.currency,
  issuedAt: selfBillingInvoices.issuedAt,
  supplierName: selfBillingInvoices.supplierName,
  reverseCharge: selfBillingInvoices.reverseCharge,
};

/**
 * Self-billing invoices and their credit notes, newest first: all of the acting advertiser's, or, for an affiliate in an
 * advertiser's context, its own with that advertiser.
 */
export async function listInvoices({
  ctx,
  input,
}: ServiceCall<{ limit: number; cursor?: string | undefined }>): Promise<InvoiceRow[]> {
  const scope =
    ctx.tenant?.kind === 'affiliate'
      ? and(
          eq(selfBillingInvoices.organizationId, affiliateScope(ctx).organizationId),
          eq(selfBillingInvoices.affiliateId, affiliateScope(ctx).affiliateId),
        )
      : eq(selfBillingInvoices.organizationId, actingAdvertiser(ctx).organizationId);
  const rows = await ctx.db
    .select(columns)
    .from(selfBillingInvoices)
    .innerJoin(users, eq(users.id, selfBillingInvoices.affiliateId))
    .innerJoin(organizations, eq(organizations.id, selfBillingInvoices.organizationId))
    .leftJoin(credited, eq(credited.id, selfBillingInvoices.creditsInvoiceId))
    .where(and(scope, input.cursor ? lt(selfBillingInvoices.id, input.cursor) : undefined))
    .orderBy(desc(selfBillingInvoices.id))
    .limit(input.limit + 1);
  return rows.map(({ organizationSlug, creditsNumber, ...row }) => ({
    ...row,
    numberText: invoiceNumberText(organizationSlug, row.number),
    creditsNumberText: creditsNumber === null ? null : invoiceNumberText(organizationSlug, creditsNumber),
  }));
}
