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
import { streamPages } from '../streamed-pages';
import { type Audience, type AudienceScope, audienceScope } from '../access';
import { amountCell, type CsvExport, csvExport, isoCell, rangeFileName, mapRows } from '../csv-export';
import { type TimeRange, timeRange } from '../time-range';
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

function readLines(
  db: Executor,
  scope: AudienceScope,
  f: CommissionExportFilters,
  range: TimeRange,
  after: string | undefined,
  limit: number,
): Promise<Row[]> {
  return db
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
  'rate_bps',
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

const commonRow = (r: Row, calculation: Record<string, unknown>): CsvRow => {
  const c = r.commission;
  return [
    c.id,
    isoCell(c.createdAt),
    c.conversionId,
    r.conversionType,
    isoCell(r.conversionOccurredAt),
    c.programId,
    r.programName,
    c.level,
    c.kind,
    c.status,
    amountCell(c.amountMinor, c.currency),
    c.currency,
    c.rateBps,
    isoCell(c.holdUntil),
    isoCell(c.approvedAt),
    isoCell(c.paidAt),
    isoCell(c.reversedAt),
    c.reason,
    typeof calculation.formula === 'string' ? calculation.formula : null,
    JSON.stringify(calculation),
    r.payoutItemId,
    r.payoutBatchId,
  ];
};

// An upline line's `overridden` flags describe the referred affiliate's enrollment, not the
// beneficiary's (as in the affiliate's commission list).
function affiliateRow(r: Row): CsvRow {
  const { overridden: _, ...upline } = r.commission.calculation;
  return commonRow(r, r.commission.level > 0 ? upline : r.commission.calculation);
}

/** Commission lines as CSV, newest first, each with its calculation and the payout that pays it. */
export async function exportCommissions({
  ctx,
  input,
}: ServiceCall<CommissionExportFilters & { audience: Audience }>): Promise<CsvExport> {
  const scope = audienceScope(ctx, input.audience, input.organizationId);
  const range = timeRange(input, ctx.now);
  const rows = streamPages(
    ctx,
    (db, after: string | undefined, limit) => readLines(db, scope, input, range, after, limit),
    (r) => r.commission.id,
  );
  const filename = rangeFileName('commissions', range);
  if (input.audience === 'affiliate') return csvExport(filename, COMMON_HEADER, mapRows(rows, affiliateRow));
  const header = ['beneficiary_id', ...COMMON_HEADER];
  const row = (r: Row): CsvRow => [r.commission.beneficiaryId, ...commonRow(r, r.commission.calculation)];
  if (input.audience === 'advertiser') return csvExport(filename, header, mapRows(rows, row));
  return csvExport(
    filename,
    ['organization_id', ...header],
    mapRows(rows, (r) => [r.commission.organizationId, ...row(r)]),
  );
}
