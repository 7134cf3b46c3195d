import type { ServiceCall } from '../../context';
import type { CsvRow } from '../../domain/csv';
import { maskCustomer } from '../../domain/mask-customer';
import { localDateOf } from '../../domain/stats-time-zone';
import { type Audience, audienceScope } from '../access';
import { amountCell, type CsvExport, csvExport, timeCell } from '../csv-export';
import { streamPages } from '../streamed-pages';
import { personName } from './person-name';
import { type CustomerFilters, type CustomerRow, readCustomers } from './read-customers';

const ADVERTISER_HEADER = [
  'customer_id',
  'external_customer_id',
  'referred_at',
  'program_id',
  'program',
  'affiliate_id',
  'affiliate',
  'state',
  'first_sale_at',
  'churned_at',
  'mrr',
  'mrr_currency',
  'ltv',
  'ltv_currency',
];

// No revenue and no customer id an affiliate could look up: the masked identifier and the customer's history.
const AFFILIATE_HEADER = [
  'customer_id',
  'customer',
  'referred_at',
  'program_id',
  'program',
  'state',
  'first_sale_at',
  'churned_at',
];

/** One line per customer and currency of its lifetime value (one line without any), the rest repeated. */
async function* advertiserRows(rows: AsyncIterable<CustomerRow>, tz: string): AsyncGenerator<CsvRow> {
  for await (const r of rows) {
    const base = [
      r.id,
      r.externalCustomerId,
      timeCell(r.referredAt, tz),
      r.programId,
      r.programName,
      r.affiliateId,
      personName(r),
      r.state,
      timeCell(r.firstSaleAt, tz),
      timeCell(r.churnedAt, tz),
      amountCell(r.mrr?.amountMinor, r.mrr?.currency),
      r.mrr?.currency ?? null,
    ];
    if (r.ltv.length === 0) yield [...base, null, null];
    for (const m of r.ltv) yield [...base, amountCell(m.amountMinor, m.currency), m.currency];
  }
}

async function* affiliateRows(rows: AsyncIterable<CustomerRow>, tz: string): AsyncGenerator<CsvRow> {
  for await (const r of rows)
    yield [
      r.id,
      maskCustomer(r.externalCustomerId),
      timeCell(r.referredAt, tz),
      r.programId,
      r.programName,
      r.state,
      timeCell(r.firstSaleAt, tz),
      timeCell(r.churnedAt, tz),
    ];
}

/**
 * Referred customers as CSV, newest referral first, with the list's filters; times on the clock of `tz` (UTC
 * without it). The advertiser's file has revenue; the affiliate's has its own customers, masked, without it.
 */
export async function exportCustomers({
  ctx,
  input,
}: ServiceCall<
  CustomerFilters & { audience: Exclude<Audience, 'platform'>; tz?: string | undefined }
>): Promise<CsvExport> {
  const tz = input.tz ?? 'UTC';
  const scope = audienceScope(ctx, input.audience);
  const organizationId = scope.organizationId!;
  const affiliate = input.audience === 'affiliate';
  const filters: CustomerFilters = affiliate
    ? { programId: input.programId, state: input.state, from: input.from, to: input.to }
    : input;
  const rows = streamPages(
    ctx,
    (db, after: string | undefined, limit) =>
      readCustomers({
        ctx: { ...ctx, db },
        input: { organizationId, affiliateId: scope.affiliateId, filters, after, limit },
      }),
    (row) => row.id,
    500,
  );
  const filename = `customers_${localDateOf(tz, ctx.now)}.csv`;
  return affiliate
    ? csvExport(filename, AFFILIATE_HEADER, affiliateRows(rows, tz))
    : csvExport(filename, ADVERTISER_HEADER, advertiserRows(rows, tz));
}
