import { and, desc, eq, gte, lt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Commission, type Conversion, commissions, conversions, programs } from '../../../schema';
import type { RecordedEventType, ConversionStatus } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import type { Executor } from '../../db/client';
import type { CsvRow } from '../../domain/csv';
import type { AudienceScope } from '../access';
import { type AudienceRequest, audienceCsv } from '../clicks';
import { amountCell, type CsvExport, timeCell } from '../csv-export';
import type { TimeRange } from '../time-range';
import { type EntityNames, nameOf } from '../entity-names';
import { eqIf } from '../../db/eq-if';

export interface ConversionExportFilters {
  /** occurred_at, inclusive; defaults to 30 days before `to`. */
  from?: string | undefined;
  /** occurred_at, exclusive; defaults to now. */
  to?: string | undefined;
  organizationId?: string | undefined;
  appId?: string | undefined;
  programId?: string | undefined;
  affiliateId?: string | undefined;
  status?: ConversionStatus | undefined;
  type?: RecordedEventType | undefined;
  clickId?: string | undefined;
}

interface Row {
  conversion: Conversion;
  programName: string | null;
  direct: Commission | null;
}

const direct = alias(commissions, 'direct');

function readConversions(
  db: Executor,
  scope: AudienceScope,
  f: ConversionExportFilters,
  range: TimeRange,
  after: string | undefined,
  limit: number,
): Promise<Row[]> {
  return db
    .select({ conversion: conversions, programName: programs.name, direct })
    .from(conversions)
    .leftJoin(programs, eq(programs.id, conversions.programId))
    .leftJoin(direct, and(eq(direct.conversionId, conversions.id), eq(direct.level, 0), eq(direct.kind, 'commission')))
    .where(
      and(
        gte(conversions.occurredAt, range.from),
        lt(conversions.occurredAt, range.to),
        eqIf(conversions.organizationId, scope.organizationId ?? f.organizationId),
        eqIf(conversions.affiliateId, scope.affiliateId ?? f.affiliateId),
        eqIf(conversions.appId, f.appId),
        eqIf(conversions.programId, f.programId),
        eqIf(conversions.status, f.status),
        eqIf(conversions.eventType, f.type),
        eqIf(conversions.clickId, f.clickId),
        after === undefined ? undefined : lt(conversions.id, after),
      ),
    )
    .orderBy(desc(conversions.id))
    .limit(limit);
}

// The affiliate's columns leave out the advertiser's revenue and its customer's data (order and
// event ids, IP); the payout is the affiliate's own level-0 line.
const AFFILIATE_HEADER = [
  'conversion_id',
  'occurred_at',
  'type',
  'status',
  'program_id',
  'program',
  'attribution_method',
  'click_id',
  'reject_reason',
  'payout',
  'payout_currency',
  'payout_status',
];
// As in the affiliate's conversion list: only a click match names the click that earned it.
const affiliateRow = ({ conversion: c, programName, direct: d }: Row, tz: string): CsvRow => [
  c.id,
  timeCell(c.occurredAt, tz),
  c.eventType,
  c.status,
  c.programId,
  programName,
  c.attributionMethod,
  c.attributionMethod === 'click_id' || c.attributionMethod === 'fingerprint' ? c.clickId : null,
  c.rejectReason,
  amountCell(d?.amountMinor, d?.currency),
  d?.currency ?? null,
  d?.status ?? null,
];

const ADVERTISER_HEADER = [
  'conversion_id',
  'occurred_at',
  'received_at',
  'type',
  'status',
  'source',
  'event_id',
  'order_id',
  'app_id',
  'app',
  'program_id',
  'program',
  'affiliate_id',
  'affiliate',
  'attribution_method',
  'click_id',
  'revenue',
  'revenue_currency',
  'payout',
  'payout_currency',
  'payout_status',
  'fraud_flags',
  'reject_reason',
];
const advertiserRow = ({ conversion: c, programName, direct: d }: Row, names: EntityNames, tz: string): CsvRow => [
  c.id,
  timeCell(c.occurredAt, tz),
  timeCell(c.receivedAt, tz),
  c.eventType,
  c.status,
  c.source,
  c.eventId,
  c.orderId,
  c.appId,
  nameOf(names, 'app', c.appId),
  c.programId,
  programName,
  c.affiliateId,
  nameOf(names, 'affiliate', c.affiliateId),
  c.attributionMethod,
  c.clickId,
  amountCell(c.amountMinor, c.currency),
  c.currency,
  amountCell(d?.amountMinor, d?.currency),
  d?.currency ?? null,
  d?.status ?? null,
  c.fraudFlags.join(' '),
  c.rejectReason,
];

/**
 * Conversions as CSV, newest first, read page by page while the client downloads; times on the clock of
 * `tz` (UTC without it), names beside the ids. The affiliate's file names nothing but its programs.
 */
export async function exportConversions({
  ctx,
  input,
}: ServiceCall<ConversionExportFilters & AudienceRequest>): Promise<CsvExport> {
  return audienceCsv({
    ctx,
    input: {
      request: input,
      what: 'conversions',
      read:
        ({ scope, range }) =>
        (db, after: string | undefined, limit) =>
          readConversions(db, scope, input, range, after, limit),
      idsOf: (rows: Row[], affiliate) =>
        affiliate
          ? {}
          : {
              app: rows.map((r) => r.conversion.appId),
              affiliate: rows.map((r) => r.conversion.affiliateId),
              organization: rows.map((r) => r.conversion.organizationId),
            },
      keyOf: (row) => row.conversion.id,
      affiliate: { header: AFFILIATE_HEADER, row: (row, _names, tz) => affiliateRow(row, tz) },
      advertiser: { header: ADVERTISER_HEADER, row: advertiserRow },
      organizationOf: (row) => row.conversion.organizationId,
    },
  });
}
