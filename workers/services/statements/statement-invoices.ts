import { and, asc, eq, gte, lt } from 'drizzle-orm';
import { selfBillingInvoices } from '../../../schema';
import type { Executor } from '../../db/client';
import type { StatementScope } from './statement-lines';

export interface StatementInvoice {
  id: string;
  number: number;
  affiliateId: string;
  supplierName: string;
  amountMinor: number;
  currency: string;
  issuedAt: Date;
}

/** The self-billing invoices issued in the month, by number: the statement lists them beside the paid figure. */
export function statementInvoices(db: Executor, scope: StatementScope): Promise<StatementInvoice[]> {
  return db
    .select({
      id: selfBillingInvoices.id,
      number: selfBillingInvoices.number,
      affiliateId: selfBillingInvoices.affiliateId,
      supplierName: selfBillingInvoices.supplierName,
      amountMinor: selfBillingInvoices.amountMinor,
      currency: selfBillingInvoices.currency,
      issuedAt: selfBillingInvoices.issuedAt,
    })
    .from(selfBillingInvoices)
    .where(
      and(
        eq(selfBillingInvoices.organizationId, scope.organizationId),
        gte(selfBillingInvoices.issuedAt, scope.from),
        lt(selfBillingInvoices.issuedAt, scope.to),
      ),
    )
    .orderBy(asc(selfBillingInvoices.number));
}
