import { and, desc, eq, lt } from 'drizzle-orm';
import { organizations, selfBillingInvoices, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { invoiceNumberText } from '../../domain/tax-documents';
import { actingAdvertiser, affiliateScope } from '../access';

export interface InvoiceRow {
  id: string;
  number: number;
  /** The number as the invoice prints it, e.g. SB-ACME-000001. */
  numberText: string;
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

const columns = {
  id: selfBillingInvoices.id,
  number: selfBillingInvoices.number,
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
 * Self-billing invoices, newest first: all of the acting advertiser's, or, for an affiliate in an
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
    .where(and(scope, input.cursor ? lt(selfBillingInvoices.id, input.cursor) : undefined))
    .orderBy(desc(selfBillingInvoices.id))
    .limit(input.limit + 1);
  return rows.map(({ organizationSlug, ...row }) => ({
    ...row,
    numberText: invoiceNumberText(organizationSlug, row.number),
  }));
}
