import { and, desc, eq, gte, lt } from 'drizzle-orm';
import {
  type Commission,
  commissions,
  conversions,
  payoutItemCommissions,
  payoutItems,
  programs,
} from '../../../schema';
import type { CommissionKind, CommissionStatus, RecordedEventType } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import type { Executor } from '../../db/client';
import type { CsvRow } from '../../domain/csv';
import { wordRuleVerdicts } from '../programs';
import type { AudienceScope } from '../access';
import { type AudienceRequest, audienceCsv } from '../clicks';
import { amountCell, bpsPercentCell, type CsvExport, timeCell } from '../csv-export';
import type { TimeRange } from '../time-range';
import { nameOf } from '../entity-names';
import { eqIf } from '../../db/eq-if';

export interface CommissionExportFilters {
  /** The line's created_at, inclusive; defaults to 30 days before `to`. */
  from?: string | undefined;
  /** The line's created_at, exclusive; defaults to now. */
  to?: string | undefined;
  organizationId?: string | undefined;
  programId?: string | undefined;
  /** The beneficiary; advertiser and platform only. */
  affiliateId?: string | undefined;
  status?: CommissionStatus | undefined;
  kind?: CommissionKind | undefined;
  level?: number | undefined;
  currency?: string | undefined;
}

interface Row {
  commission: Commission;
  programName: string;
  conversionType: RecordedEventType;
  conversionOccurredAt: Date;
  payoutItemId: string | null;
  payoutBatchId: string | null;
}

async function readLines(
  db: Executor,
  scope: AudienceScope,
  f: CommissionExportFilters,
  range: TimeRange,
  after: string | undefined,
  limit: number,
): Promise<Row[]> {
  const rows = await db
    .select({
      commission: commissions,
      programName: programs.name,
      conversionType: conversions.eventType,
      conversionOccurredAt: conversions.occurredAt,
      payoutItemId: payoutItems.id,
      payoutBatchId: payoutItems.batchId,
    })
    .from(commissions)
    .innerJoin(programs, eq(programs.id, commissions.programId))
    .innerJoin(conversions, eq(conversions.id, commissions.conversionId))
    .leftJoin(payoutItemCommissions, eq(payoutItemCommissions.commissionId, commissions.id))
    .leftJoin(payoutItems, eq(payoutItems.id, payoutItemCommissions.payoutItemId))
    .where(
      and(
        gte(commissions.createdAt, range.from),
        lt(commissions.createdAt, range.to),
        eqIf(commissions.organizationId, scope.organizationId ?? f.organizationId),
        eqIf(commissions.beneficiaryId, scope.affiliateId ?? f.affiliateId),
        eqIf(commissions.programId, f.programId),
        eqIf(commissions.status, f.status),
        eqIf(commissions.kind, f.kind),
        eqIf(commissions.level, f.level),
        eqIf(commissions.currency, f.currency),
        after === undefined ? undefined : lt(commissions.id, after),
      ),
    )
    .orderBy(desc(commissions.id))
    .limit(limit);
  await wordRuleVerdicts({ ctx: { db }, input: rows.map((r) => r.commission) });
  return rows;
}

const COMMON_HEADER = [
  'commission_id',
  'created_at',
  'conversion_id',
  'conversion_type',
  'conversion_occurred_at',
  'program_id',
  'program',
  'level',
  'kind',
  'status',
  'amount',
  'currency',
  'rate_pct',
  'hold_until',
  'approved_at',
  'paid_at',
  'reversed_at',
  'reason',
  'formula',
  'calculation',
  'payout_item_id',
  'payout_batch_id',
];

const commonRow = (r: Row, calculation: Record<string, unknown>, tz: string): CsvRow => {
  const c = r.commission;
  return [
    c.id,
    timeCell(c.createdAt, tz),
    c.conversionId,
    r.conversionType,
    timeCell(r.conversionOccurredAt, tz),
    c.programId,
    r.programName,
    c.level,
    c.kind,
    c.status,
    amountCell(c.amountMinor, c.currency),
    c.currency,
    // The rate as a percentage (30.00), not basis points; empty for a fixed amount.
    bpsPercentCell(c.rateBps),
    timeCell(c.holdUntil, tz),
    timeCell(c.approvedAt, tz),
    timeCell(c.paidAt, tz),
    timeCell(c.reversedAt, tz),
    c.reason,
    typeof calculation.formula === 'string' ? calculation.formula : null,
    JSON.stringify(calculation),
    r.payoutItemId,
    r.payoutBatchId,
  ];
};

// An upline line's `overridden` flags describe the referred affiliate's enrollment, not the
// beneficiary's (as in the affiliate's commission list).
function affiliateRow(r: Row, tz: string): CsvRow {
  const { overridden: _, ...upline } = r.commission.calculation;
  return commonRow(r, r.commission.level > 0 ? upline : r.commission.calculation, tz);
}

/**
 * Commission lines as CSV, newest first, each with its calculation and the payout that pays it; times on
 * the clock of `tz` (UTC without it). The advertiser's and staff's files name the affiliate paid.
 */
export async function exportCommissions({
  ctx,
  input,
}: ServiceCall<CommissionExportFilters & AudienceRequest>): Promise<CsvExport> {
  return audienceCsv({
    ctx,
    input: {
      request: input,
      what: 'commissions',
      read:
        ({ scope, range }) =>
        (db, after: string | undefined, limit) =>
          readLines(db, scope, input, range, after, limit),
      idsOf: (rows: Row[], affiliate) =>
        affiliate
          ? {}
          : {
              affiliate: rows.map((r) => r.commission.beneficiaryId),
              organization: rows.map((r) => r.commission.organizationId),
            },
      keyOf: (row) => row.commission.id,
      affiliate: { header: COMMON_HEADER, row: (row, _names, tz) => affiliateRow(row, tz) },
      advertiser: {
        header: ['beneficiary_id', 'beneficiary', ...COMMON_HEADER],
        row: (r, names, tz) => [
          r.commission.beneficiaryId,
          nameOf(names, 'affiliate', r.commission.beneficiaryId),
          ...commonRow(r, r.commission.calculation, tz),
        ],
      },
      organizationOf: (row) => row.commission.organizationId,
    },
  });
}
