import { z } from '@hono/zod-openapi';
import { STATS_GRANULARITIES } from '../../domain/stats-range';
import {
  affiliateStatsReportQuery,
  platformStatsReportQuery,
  statsReportQuery,
  TOTALS_SORT_KEYS,
} from '../../domain/stats-request';
import { STATS_DIMENSIONS } from '../../domain/stats-sources';
import { currencyCode } from '../shared/schemas';

export { affiliateStatsReportQuery, statsReportQuery };

const count = (description: string) =>
  z.number().int().nullable().describe(`${description}; null when the rollups answering this grouping do not keep it`);
const rate = (description: string) => z.number().nullable().describe(`${description}; null when the divisor is 0`);
const minor = (description: string) => z.number().int().describe(`${description}, in minor units of the currency`);

export const reportMetrics = z
  .object({
    visitors: count(
      'Visitors of branded editions, each counted once per UTC day (reports grouped or filtered by edition only)',
    ),
    clicks: count('Accepted clicks'),
    uniqueClicks: count('Accepted unique clicks'),
    rejectedClicks: count('Refused clicks'),
    leads: count('Leads not rejected or reversed'),
    sales: count('Sales not rejected or reversed'),
    rebills: count('Rebills not rejected or reversed'),
    refunds: count('Refunds not rejected or reversed'),
    cancellations: count('Cancellations not rejected or reversed'),
    pendingConversions: count('Reported conversions of any type still pending (CPC click credits not included)'),
    flaggedConversions: count('Reported conversions held for review'),
    rejectedConversions: count('Conversions rejected or reversed'),
    cr: rate('(leads + sales) ÷ clicks'),
    crUnique: rate('(leads + sales) ÷ unique clicks'),
  })
  .openapi('ReportMetrics');

export const advertiserMoney = z
  .object({
    currency: z.string().describe('ISO 4217; money is never added across currencies'),
    revenueMinor: minor('Amounts the app reported'),
    payoutMinor: minor('Commission lines of every level (your spend)'),
    profitMinor: minor('revenue − payout'),
    roi: rate('profit ÷ payout'),
    epc: rate('payout ÷ clicks, minor units per click'),
  })
  .openapi('ReportMoney');

export const affiliateMoney = z
  .object({
    currency: z.string().describe('ISO 4217; money is never added across currencies'),
    payoutMinor: minor('Your own commission (level 0)'),
    epc: rate('payout ÷ clicks, minor units per click'),
  })
  .openapi('AffiliateReportMoney');

const dimensionValues = (names: readonly string[]) =>
  z
    .object(Object.fromEntries(names.map((d) => [d, z.string().optional()])))
    .describe('The group: one value per groupBy dimension (ids for app, program, affiliate, link and edition)');

function reportSchema<M extends z.ZodType>(money: M, dimensions: readonly string[]) {
  const row = z.object({
    bucket: z.string().nullable().describe('Start of the time bucket, UTC ISO 8601; null for granularity total'),
    bucketLocal: z.string().nullable().describe('The same start on the tz clock, YYYY-MM-DDTHH:MM'),
    dimensions: dimensionValues(dimensions),
    metrics: reportMetrics,
    money: z.array(money).describe('One entry per currency'),
    previous: z
      .object({ metrics: reportMetrics, money: z.array(money) })
      .optional()
      .describe('With compare=previous'),
  });
  return z.object({
    timeZone: z.string(),
    granularity: z.enum(STATS_GRANULARITIES),
    from: z.string().describe('Start of the range, UTC'),
    to: z.string().describe('End of the range (exclusive), UTC'),
    previousPeriod: z
      .object({
        from: z.string(),
        to: z.string(),
        partial: z
          .boolean()
          .describe(
            'True when the report period is still running: the previous period is cut to the same elapsed part (up to the end of the current hour), so like is compared with like',
          ),
      })
      .nullable()
      .describe('What the previous-period figures cover (UTC, to exclusive); null without compare'),
    groupBy: z.array(z.enum(STATS_DIMENSIONS)),
    source: z.string().describe('stats, subs, tech, links, rejections or editions: the rows that answered'),
    rows: z.array(row),
    nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last'),
  });
}

export const advertiserReport = reportSchema(advertiserMoney, STATS_DIMENSIONS).openapi('Report');

export const affiliateReport = reportSchema(
  affiliateMoney,
  STATS_DIMENSIONS.filter((d) => d !== 'affiliate'),
)
  .extend({
    earningsByLevel: z
      .array(z.object({ level: z.number().int(), currency: z.string(), amountMinor: z.number().int() }))
      .nullable()
      .describe('Your earnings in the range per commission level (0 your traffic, 1–3 referred affiliates)'),
  })
  .openapi('AffiliateReport');

export const platformReportQuery = platformStatsReportQuery;

export const totalsQuery = z.strictObject({
  sort: z.enum(TOTALS_SORT_KEYS).default('clicks'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('Rows per page, 1–1000'),
  cursor: z.string().max(2_000).optional().describe('nextCursor of the previous page'),
  programId: z.uuid().optional().describe('Only this program'),
  currency: currencyCode.optional().describe('Only enrollments earning in this currency'),
});

export const enrollmentTotals = z
  .object({
    enrollmentId: z.uuid(),
    programId: z.uuid(),
    affiliateId: z.uuid(),
    clicks: z.number().int().describe('Accepted clicks, ever'),
    uniqueClicks: z.number().int(),
    conversions: z.number().int().describe('Leads and sales not rejected or reversed'),
    earningsMinor: minor('Level-0 commission not rejected or reversed'),
    currency: z.string().nullable().describe('Of the earnings; null before the first commission'),
    epc: rate('earnings ÷ clicks, minor units per click'),
  })
  .openapi('EnrollmentTotals');

export const enrollmentTotalsPage = z
  .object({ items: z.array(enrollmentTotals), nextCursor: z.string().nullable() })
  .openapi('EnrollmentTotalsPage');
