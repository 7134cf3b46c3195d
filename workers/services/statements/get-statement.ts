import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { commissions, payoutItems, selfBillingInvoices } from '../../../schema';
import type { InvoiceKind } from '../../../schema/enums';
import type { Executor } from '../../db/client';
import type { ServiceCall } from '../../context';
import { statementNet } from '../../domain/statement-month';
import { actingAdvertiser } from '../access';
import { monthScope } from './month-scope';
import {
  adjustedWhere,
  countRows,
  earnedWhere,
  paidWhere,
  reversedWhere,
  type StatementScope,
  sumMinor,
} from './statement-lines';

export interface StatementCurrency {
  currency: string;
  earnedMinor: number;
  earnedCount: number;
  reversedMinor: number;
  reversedCount: number;
  paidMinor: number;
  paidCount: number;
  netMinor: number;
}

export interface Statement {
  month: string;
  from: Date;
  to: Date;
  currencies: StatementCurrency[];
  /** Self-billing invoices issued in the month (payouts to VAT-registered affiliates). */
  invoices: StatementInvoice[];
}

type Figure = { currency: string; amount: number; count: number };

async function totalsOf(db: Executor, scope: StatementScope): Promise<Figure[][]> {
  return [
    await db
      .select({ currency: commissions.currency, amount: sumMinor(commissions.amountMinor), count: countRows })
      .from(commissions)
      .where(earnedWhere(scope))
      .groupBy(commissions.currency),
    await db
      .select({ currency: commissions.currency, amount: sumMinor(sql`-${commissions.amountMinor}`), count: countRows })
      .from(commissions)
      .where(adjustedWhere(scope))
      .groupBy(commissions.currency),
    await db
      .select({ currency: commissions.currency, amount: sumMinor(commissions.amountMinor), count: countRows })
      .from(commissions)
      .where(reversedWhere(scope))
      .groupBy(commissions.currency),
    await db
      .select({ currency: payoutItems.currency, amount: sumMinor(payoutItems.amountMinor), count: countRows })
      .from(payoutItems)
      .where(paidWhere(scope))
      .groupBy(payoutItems.currency),
  ];
}

/** A month's statement of the organization, one row per currency with any activity, by currency code. */
export async function getStatement({ ctx, input }: ServiceCall<{ month: string }>): Promise<Statement> {
  const scope = monthScope(actingAdvertiser(ctx).organizationId, input.month);
  // One snapshot, so the four figures agree with each other.
  const [[earned = [], adjusted = [], reversed = [], paid = []], invoices] = await ctx.db.transaction(
    async (tx) => [await totalsOf(tx, scope), await statementInvoices(tx, scope)] as const,
    {
      isolationLevel: 'repeatable read',
      accessMode: 'read only',
    },
  );
  const rows = new Map<string, StatementCurrency>();
  const row = (currency: string) => {
    let r = rows.get(currency);
    if (!r) {
      r = {
        currency,
        earnedMinor: 0,
        earnedCount: 0,
        reversedMinor: 0,
        reversedCount: 0,
        paidMinor: 0,
        paidCount: 0,
        netMinor: 0,
      };
      rows.set(currency, r);
    }
    return r;
  };
  const add = (figures: Figure[], field: 'earned' | 'reversed' | 'paid') => {
    for (const f of figures) {
      const r = row(f.currency);
      r[`${field}Minor`] += f.amount;
      r[`${field}Count`] += f.count;
    }
  };
  add(earned, 'earned');
  add(adjusted, 'reversed');
  add(reversed, 'reversed');
  add(paid, 'paid');
  const currencies = [...rows.values()]
    .map((r) => ({ ...r, netMinor: statementNet(r) }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
  return { month: input.month, from: scope.from, to: scope.to, currencies, invoices };
}
export interface StatementInvoice {
  id: string;
  number: number;
  kind: InvoiceKind;
  /** For a credit note: the number of the invoice it cancels. */
  creditsNumber: number | null;
  affiliateId: string;
  supplierName: string;
  amountMinor: number;
  currency: string;
  issuedAt: Date;
}

/** The self-billing invoices and credit notes issued in the month, by number: the statement lists them beside the paid figure. */
const credited = alias(selfBillingInvoices, 'credited');
function statementInvoices(db: Executor, scope: StatementScope): Promise<StatementInvoice[]> {
  return db
    .select({
      id: selfBillingInvoices.id,
      number: selfBillingInvoices.number,
      kind: selfBillingInvoices.kind,
      creditsNumber: credited.number,
      affiliateId: selfBillingInvoices.affiliateId,
      supplierName: selfBillingInvoices.supplierName,
      amountMinor: selfBillingInvoices.amountMinor,
      currency: selfBillingInvoices.currency,
      issuedAt: selfBillingInvoices.issuedAt,
    })
    .from(selfBillingInvoices)
    .leftJoin(credited, eq(credited.id, selfBillingInvoices.creditsInvoiceId))
    .where(
      and(
        eq(selfBillingInvoices.organizationId, scope.organizationId),
        gte(selfBillingInvoices.issuedAt, scope.from),
        lt(selfBillingInvoices.issuedAt, scope.to),
      ),
    )
    .orderBy(asc(selfBillingInvoices.number));
}
