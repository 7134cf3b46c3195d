import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { type CustomerEvent, customerFacts } from '../../domain/backtest-history';
import type { EnrollmentStatus } from '../../../schema/enums';
import type { ReplayEnrollment, ReplayEvent, ReplayReversal } from '../../domain/backtest-replay';
import { LIVE_COMMISSION_STATUSES } from '../../domain/commission-status';
import { isEnrollmentActive } from '../../domain/enrollment-status';
import { uplineChain } from '../../domain/upline-chain';
import { entry, newList, newMap } from '../../domain/map-entry';

const LIVE = sql.raw(LIVE_COMMISSION_STATUSES.map((s) => `'${s}'`).join(', '));
const UPLINE_DEPTH = 3;

export interface BacktestFacts {
  events: ReplayEvent[];
  /** The stored lines of the period's events, net of their live adjustments, summed per beneficiary, currency and month. */
  actual: { beneficiaryId: string; currency: string; month: string; minor: number }[];
  reversals: Map<string, ReplayReversal[]>;
  customers: ReturnType<typeof customerFacts>;
  uplines: Map<string, (string | null)[]>;
  enrollments: Map<string, ReplayEnrollment>;
}

type Row = Record<string, unknown>;
/** One event as the events query encodes it (json_build_array, in this order); numbers may come as strings (bigint, numeric). */
type EncodedEvent = [
  id: string,
  enrollmentId: string,
  eventType: ReplayEvent['eventType'],
  amountMinor: number | string,
  currency: string | null,
  occurredAt: number | string,
  appId: string,
  externalCustomerId: string | null,
  metadata: Record<string, unknown> | null,
  status: string,
  country: string | null,
  groupId: string | null,
  declaredPayoutMinor: string | null,
  actualNetMinor: number | string,
  recordedAt: number | string,
  reviewedAt: number | string | null,
];

/** The UTC month ("2026-03") of a time in ms, worked out once per day met. */
function utcMonths(): (at: number) => string {
  const byDay = new Map<number, string>();
  return (at) => {
    const day = Math.floor(at / 86_400_000);
    let m = byDay.get(day);
    if (m === undefined) {
      m = new Date(day * 86_400_000).toISOString().slice(0, 7);
      byDay.set(day, m);
    }
    return m;
  };
}
const num = (v: unknown) => Number(v);
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * A program's stored history, set-based in six queries (never one per event): its leads, sales and
 * rebills from `historyFrom` with their click's country and what their direct line recorded, the
 * lines of the period's events net of adjustments, the refunds and voiding cancellations of the
 * history's events (a spend limit's period may start before the summed one), their customers'
 * history across the app, the enrollments and the referral chains.
 */
export async function loadBacktestFacts({
  ctx,
  input,
}: ServiceCall<{ programId: string; historyFrom: Date; periodFrom: Date; to: Date }>): Promise<BacktestFacts> {
  const { programId } = input;
  const from = input.historyFrom.toISOString();
  const periodFrom = input.periodFrom.toISOString();
  const to = input.to.toISOString();
  const run = async (q: ReturnType<typeof sql>) => (await ctx.db.execute(q)).rows as Row[];

  // A branded edition's sales earn the edition's own reward (docs/editions.md), which no change to the program's
  // terms or rules moves: they are neither replayed nor compared.
  const scope = sql`c.program_id = ${programId} AND c.enrollment_id IS NOT NULL AND c.edition_id IS NULL
    AND c.event_type IN ('lead', 'sale', 'rebill') AND c.occurred_at >= ${from}::timestamptz AND c.occurred_at <= ${to}::timestamptz`;
  const inPeriod = sql`c.program_id = ${programId} AND c.enrollment_id IS NOT NULL AND c.edition_id IS NULL
    AND c.event_type IN ('lead', 'sale', 'rebill') AND c.occurred_at >= ${periodFrom}::timestamptz AND c.occurred_at <= ${to}::timestamptz`;
  // A stored line's net: what it keeps after its live adjustments (0 once reversed or rejected). The
  // adjustments are few (one per refunded line) and found through their own index.
  const adjusted = sql`SELECT reverses_commission_id AS id, sum(amount_minor) AS adjusted FROM affiliate.commissions
      WHERE reverses_commission_id IS NOT NULL AND program_id = ${programId} AND kind = 'adjustment' AND status IN (${LIVE})
      GROUP BY 1`;
  // One pass over the history's lines per event: what they kept, and what its direct line recorded.
  // Each event travels as one JSON array (one text field, parsed by JSON.parse) rather than sixteen
  // fields the driver parses one by one; rows stream in id order, parsed while Postgres sends more
  // (string_agg chunks of 20,000 were tried: their sort held every row back until the last).
  // A customer (of conversion alias `h`) with a replayed event: an index probe per candidate.
  const replayedCustomer = (h: ReturnType<typeof sql>) => sql`EXISTS (SELECT 1 FROM affiliate.conversions c
      WHERE c.app_id = ${h}.app_id AND c.external_customer_id = ${h}.external_customer_id AND ${scope})`;
  const eventsQuery = run(sql`
      WITH n AS (
        SELECT l.conversion_id,
          sum(CASE WHEN l.status IN (${LIVE}) THEN l.amount_minor + coalesce(a.adjusted, 0) ELSE 0 END) AS net,
          min(l.calculation -> 'group' ->> 'id') FILTER (WHERE l.level = 0) AS group_id,
          min(CASE WHEN l.calculation ->> 'rule' = 'declared' THEN l.calculation ->> 'declaredPayoutMinor' END)
            FILTER (WHERE l.level = 0) AS declared
        FROM affiliate.commissions l
        JOIN affiliate.conversions c ON c.id = l.conversion_id
        LEFT JOIN (${adjusted}) a ON a.id = l.id
        WHERE l.program_id = ${programId} AND l.kind = 'commission' AND ${scope}
        GROUP BY 1
      )
      SELECT json_build_array(
          c.id, c.enrollment_id, c.event_type, c.amount_minor, c.currency, (extract(epoch FROM c.occurred_at) * 1000)::float8,
          c.app_id, c.external_customer_id, c.metadata, c.status, k.country, n.group_id, n.declared,
          CASE WHEN c.occurred_at >= ${periodFrom}::timestamptz THEN coalesce(n.net, 0) ELSE 0 END,
          (extract(epoch FROM c.created_at) * 1000)::float8, (extract(epoch FROM c.reviewed_at) * 1000)::float8
        )::text AS j
      FROM affiliate.conversions c
      LEFT JOIN affiliate.clicks k ON k.id = c.click_id
      LEFT JOIN n ON n.conversion_id = c.id
      WHERE ${scope}
      ORDER BY c.id`);
  // What the stored lines of the period's events kept per beneficiary, currency and month: the live
  // lines' amounts, plus the live adjustments of live lines.
  const perMonth = (side: ReturnType<typeof sql>) => sql`
      SELECT l.beneficiary_id, l.currency, date_trunc('month', c.occurred_at AT TIME ZONE 'UTC') AS m, ${side} AS net
      FROM affiliate.commissions l JOIN affiliate.conversions c ON c.id = l.conversion_id`;
  const linesQuery = run(sql`
      SELECT beneficiary_id, currency, to_char(m, 'YYYY-MM') AS month, sum(net) AS net FROM (
        ${perMonth(sql`l.amount_minor`)}
        WHERE l.program_id = ${programId} AND l.kind = 'commission' AND l.status IN (${LIVE}) AND ${inPeriod}
        UNION ALL
        ${perMonth(sql`a.amount_minor`)}
        JOIN affiliate.commissions a ON a.reverses_commission_id = l.id
        WHERE a.reverses_commission_id IS NOT NULL AND a.program_id = ${programId} AND a.kind = 'adjustment'
          AND a.status IN (${LIVE}) AND l.program_id = ${programId} AND l.kind = 'commission' AND l.status IN (${LIVE})
          AND ${inPeriod}
      ) s GROUP BY 1, 2, 3`);

  const [eventRows, lineRows, reversalRows, customerRows, enrollmentRows, userRows] = await Promise.all([
    eventsQuery,
    linesQuery,
    run(sql`
      SELECT r.parent_conversion_id AS parent, r.event_type, r.amount_minor, r.currency, r.cancel_effect,
        extract(epoch FROM r.created_at) * 1000 AS recorded
      FROM affiliate.conversions r JOIN affiliate.conversions c ON c.id = r.parent_conversion_id
      WHERE ${scope} AND (r.event_type = 'refund' OR (r.event_type = 'cancel' AND r.cancel_effect = 'sale_voided'))
      ORDER BY r.id`),
    run(sql`
      SELECT h.id, h.app_id, h.external_customer_id AS customer, h.event_type, h.amount_minor, h.status,
        h.enrollment_id IS NOT NULL AS attributed, extract(epoch FROM h.occurred_at) * 1000 AS at,
        extract(epoch FROM h.created_at) * 1000 AS recorded, extract(epoch FROM h.reviewed_at) * 1000 AS reviewed
      FROM affiliate.conversions h
      WHERE h.event_type IN ('lead', 'sale', 'rebill') AND h.external_customer_id IS NOT NULL
        -- The replayed events themselves came with the first query.
        AND (h.program_id IS DISTINCT FROM ${programId} OR h.enrollment_id IS NULL
          OR h.occurred_at < ${from}::timestamptz OR h.occurred_at > ${to}::timestamptz)
        AND ${replayedCustomer(sql`h`)}
      UNION ALL
      SELECT h.id, p.app_id, p.external_customer_id, 'cancel', 0, h.status, true,
        extract(epoch FROM h.occurred_at) * 1000, extract(epoch FROM h.created_at) * 1000, NULL
      FROM affiliate.conversions h JOIN affiliate.conversions p ON p.id = h.parent_conversion_id
      WHERE h.event_type = 'cancel' AND h.cancel_effect <> 'not_found' AND p.external_customer_id IS NOT NULL
        AND ${replayedCustomer(sql`p`)}`),
    run(sql`
      SELECT id, affiliate_id, group_id, rate_override_bps, fixed_override_minor, hold_days_override, status,
        extract(epoch FROM created_at) * 1000 AS joined
      FROM affiliate.enrollments WHERE program_id = ${programId}`),
    run(sql`
      WITH RECURSIVE up(id, level) AS (
        SELECT DISTINCT affiliate_id, 0 FROM affiliate.enrollments WHERE program_id = ${programId}
        UNION
        SELECT u.referred_by_id, up.level + 1 FROM affiliate.users u JOIN up ON u.id = up.id
        WHERE up.level < ${UPLINE_DEPTH} AND u.referred_by_id IS NOT NULL
      )
      SELECT DISTINCT u.id, u.referred_by_id, (u.banned OR u.blocked OR u.deleted_at IS NOT NULL) AS barred
      FROM affiliate.users u JOIN up ON u.id = up.id`),
  ]);

  const events: ReplayEvent[] = [];
  // Each event's reviewer decision (ms), beside it.
  const reviewedAt: (number | null)[] = [];
  const periodStart = input.periodFrom.getTime();
  const month = utcMonths();
  for (const r of eventRows) {
    const t = JSON.parse(r.j as string) as EncodedEvent;
    const at = num(t[5]);
    events.push({
      id: t[0],
      enrollmentId: t[1],
      eventType: t[2],
      amountMinor: num(t[3]),
      currency: t[4],
      occurredAt: at,
      appId: t[6],
      externalCustomerId: t[7],
      metadata: t[8],
      status: t[9],
      country: t[10],
      groupId: t[11],
      declaredPayoutMinor: numOrNull(t[12]),
      inPeriod: at >= periodStart,
      month: month(at),
      actualNetMinor: num(t[13]),
      recordedAt: num(t[14]),
      goneAt: null,
    });
    reviewedAt.push(numOrNull(t[15]));
  }

  const actual = lineRows.map((r) => ({
    beneficiaryId: r.beneficiary_id as string,
    currency: r.currency as string,
    month: r.month as string,
    minor: num(r.net),
  }));

  // The refunds recorded before each one, as reverse-commissions.ts sums them.
  const reversals = new Map<string, ReplayReversal[]>();
  const refunded = new Map<string, number>();
  const lastReversalAt = new Map<string, number>();
  for (const r of reversalRows) {
    lastReversalAt.set(r.parent as string, Math.max(lastReversalAt.get(r.parent as string) ?? 0, num(r.recorded)));
    const parent = r.parent as string;
    const before = refunded.get(parent) ?? 0;
    const isRefund = r.event_type === 'refund';
    const list = reversals.get(parent) ?? [];
    list.push({
      refundMinor: isRefund && r.currency !== null ? num(r.amount_minor) : null,
      refundedBeforeMinor: before,
      recordedAt: num(r.recorded),
    });
    reversals.set(parent, list);
    if (isRefund) refunded.set(parent, before + num(r.amount_minor));
  }
  // When each event stopped counting in the affiliate's totals: a reviewer's rejection when decided
  // (a cap's as it was recorded), a reversal when its last refund or voiding cancellation came.
  for (const [i, e] of events.entries()) {
    if (e.status === 'rejected') e.goneAt = reviewedAt[i] ?? e.recordedAt;
    else if (e.status === 'reversed') e.goneAt = lastReversalAt.get(e.id) ?? e.recordedAt;
  }

  // Each customer's events, per app then customer id (no key built per event).
  const byApp = new Map<string, Map<string, CustomerEvent[]>>();
  const customerEvents = (appId: string, customerId: string) =>
    entry(entry(byApp, appId, newMap<string, CustomerEvent[]>), customerId, newList<CustomerEvent>);
  for (const [i, e] of events.entries()) {
    if (e.externalCustomerId === null) continue;
    customerEvents(e.appId, e.externalCustomerId).push({
      id: e.id,
      eventType: e.eventType,
      amountMinor: e.amountMinor,
      occurredAt: e.occurredAt,
      recordedAt: e.recordedAt,
      attributed: true,
      status: e.status,
      reviewedAt: reviewedAt[i]!,
    });
  }
  for (const r of customerRows) {
    customerEvents(r.app_id as string, r.customer as string).push({
      id: r.id as string,
      eventType: r.event_type as CustomerEvent['eventType'],
      amountMinor: num(r.amount_minor),
      occurredAt: num(r.at),
      recordedAt: num(r.recorded),
      attributed: Boolean(r.attributed),
      status: r.status as string,
      reviewedAt: numOrNull(r.reviewed),
    });
  }
  const customers: BacktestFacts['customers'] = new Map();
  for (const byCustomer of byApp.values())
    for (const list of byCustomer.values()) for (const [id, f] of customerFacts(list)) customers.set(id, f);

  const enrollments: BacktestFacts['enrollments'] = new Map(
    enrollmentRows.map((r) => [
      r.id as string,
      {
        id: r.id as string,
        affiliateId: r.affiliate_id as string,
        groupId: r.group_id as string,
        rateOverrideBps: numOrNull(r.rate_override_bps),
        fixedOverrideMinor: numOrNull(r.fixed_override_minor),
        holdDaysOverride: numOrNull(r.hold_days_override),
        joinedAt: num(r.joined),
        active: isEnrollmentActive(r.status as EnrollmentStatus),
      },
    ]),
  );

  const users = new Map(
    userRows.map((r) => [
      r.id as string,
      { referredById: r.referred_by_id as string | null, barred: Boolean(r.barred) },
    ]),
  );
  const uplines = new Map<string, (string | null)[]>();
  for (const e of enrollments.values()) {
    const ancestors: { id: string; barred: boolean }[] = [];
    for (let id = users.get(e.affiliateId)?.referredById ?? null; id && ancestors.length < UPLINE_DEPTH; ) {
      const u = users.get(id);
      if (!u) break;
      ancestors.push({ id, barred: u.barred });
      id = u.referredById;
    }
    uplines.set(e.affiliateId, uplineChain(e.affiliateId, ancestors));
  }
  return { events, actual, reversals, customers, uplines, enrollments };
}
