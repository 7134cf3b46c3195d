import { and, asc, gt, type SQL } from 'drizzle-orm';
import { commissions, payoutItems } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { Executor } from '../../db/client';
import type { CsvRow } from '../../domain/csv';
import { amountCell, type CsvExport, csvExport, isoCell } from '../csv-export';
import { streamPages } from '../streamed-pages';
import { actingAdvertiser } from '../access';
import { monthScope } from './month-scope';
import { adjustedWhere, earnedWhere, paidWhere, reversedWhere } from './statement-lines';

const HEADER = [
  'entry',
  'at',
  'currency',
  'amount',
  'affiliate_id',
  'program_id',
  'commission_id',
  'commission_kind',
  'payout_item_id',
  'payout_batch_id',
  'paypal_transaction_id',
] as const;

type Entry = 'earned' | 'reversed' | 'paid';

/** Commission lines of one statement figure, in id order; `sign` turns negative adjustments into amounts reversed. */
function commissionRows(where: SQL, entry: Entry, at: 'createdAt' | 'reversedAt', sign: 1 | -1) {
  return async (db: Executor, after: string | undefined, limit: number): Promise<CsvRow[]> => {
    const rows = await db
      .select()
      .from(commissions)
      .where(and(where, after === undefined ? undefined : gt(commissions.id, after)))
      .orderBy(asc(commissions.id))
      .limit(limit);
    return rows.map((c) => [
      entry,
      isoCell(c[at]),
      c.currency,
      amountCell(sign * c.amountMinor, c.currency),
      c.beneficiaryId,
      c.programId,
      c.id,
      c.kind,
      null,
      null,
      null,
    ]);
  };
}

async function paidRows(db: Executor, where: SQL, after: string | undefined, limit: number): Promise<CsvRow[]> {
  const rows = await db
    .select()
    .from(payoutItems)
    .where(and(where, after === undefined ? undefined : gt(payoutItems.id, after)))
    .orderBy(asc(payoutItems.id))
    .limit(limit);
  return rows.map((i) => [
    'paid',
    isoCell(i.paidAt),
    i.currency,
    amountCell(i.amountMinor, i.currency),
    i.affiliateId,
    null,
    null,
    null,
    i.id,
    i.batchId,
    i.paypalTransactionId,
  ]);
}

// The id column of each kind of row (commission_id or payout_item_id) is the keyset key.
const commissionKey = (r: CsvRow) => r[6] as string;
const itemKey = (r: CsvRow) => r[8] as string;

/**
 * The month's statement as CSV, one row per line behind each figure (earned, reversed, paid), so
 * the rows of an entry and currency sum to the statement's figure. Streamed while the client reads.
 */
export async function exportStatement({ ctx, input }: ServiceCall<{ month: string }>): Promise<CsvExport> {
  const scope = monthScope(actingAdvertiser(ctx).organizationId, input.month);
  async function* rows(): AsyncGenerator<CsvRow> {
    yield* streamPages(ctx, commissionRows(earnedWhere(scope), 'earned', 'createdAt', 1), commissionKey);
    yield* streamPages(ctx, commissionRows(adjustedWhere(scope), 'reversed', 'createdAt', -1), commissionKey);
    yield* streamPages(ctx, commissionRows(reversedWhere(scope), 'reversed', 'reversedAt', 1), commissionKey);
    yield* streamPages(
      ctx,
      (db, after: string | undefined, limit) => paidRows(db, paidWhere(scope), after, limit),
      itemKey,
    );
  }
  return csvExport(`statement-${input.month}.csv`, HEADER, rows());
}
