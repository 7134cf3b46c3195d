import { and, type AnyColumn, eq, gt, gte, lt, ne, type SQL, sql } from 'drizzle-orm';
import { commissions, payoutItems } from '../../../schema';

/**
 * What each figure of a month's statement is made of, as WHERE clauses (org and month bound).
 * earned: commission lines created in the month with a positive amount, not rejected (a rejected
 * conversion never owed anything). reversed: negative adjustments created in the month (refunds,
 * rejections after payout), plus lines marked reversed in the month (refunds before payout,
 * forfeits), whose amount nets a reversed negative adjustment back. paid: payout items PayPal paid
 * in the month. Every figure is read from the lines' current state.
 */
export interface StatementScope {
  organizationId: string;
  from: Date;
  to: Date;
}

export const earnedWhere = (s: StatementScope): SQL =>
  and(
    eq(commissions.organizationId, s.organizationId),
    gte(commissions.createdAt, s.from),
    lt(commissions.createdAt, s.to),
    gt(commissions.amountMinor, 0),
    ne(commissions.status, 'rejected'),
  )!;

export const adjustedWhere = (s: StatementScope): SQL =>
  and(
    eq(commissions.organizationId, s.organizationId),
    gte(commissions.createdAt, s.from),
    lt(commissions.createdAt, s.to),
    lt(commissions.amountMinor, 0),
    ne(commissions.status, 'rejected'),
  )!;

export const reversedWhere = (s: StatementScope): SQL =>
  and(
    eq(commissions.organizationId, s.organizationId),
    eq(commissions.status, 'reversed'),
    gte(commissions.reversedAt, s.from),
    lt(commissions.reversedAt, s.to),
  )!;

export const paidWhere = (s: StatementScope): SQL =>
  and(
    eq(payoutItems.organizationId, s.organizationId),
    eq(payoutItems.status, 'success'),
    gte(payoutItems.paidAt, s.from),
    lt(payoutItems.paidAt, s.to),
  )!;

/** sum as a JS number: bigint sums of minor units stay exact far beyond any real month. */
export const sumMinor = (column: SQL | AnyColumn) => sql<number>`coalesce(sum(${column}), 0)::bigint`.mapWith(Number);
export const countRows = sql<number>`count(*)::int`.mapWith(Number);
