import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { type CustomerEvent, customerFacts } from '../../domain/backtest-history';
import type { EnrollmentStatus } from '../../../schema/enums';
import type { ReplayEnrollment, ReplayEvent, ReplayReversal } from '../../domain/backtest-replay';
import { LIVE_COMMISSION_STATUSES } from '../../domain/commission-status';
import { isEnrollmentActive } from '../../domain/enrollment-status';
import { uplineChain } from '../../domain/upline-chain';

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
  // Each stored line of the program's period events, net of its live adjustments (0 once reversed or rejected).
  const netLines = sql`affiliate.commissions l
      JOIN affiliate.conversions c ON c.id = l.conversion_id
      LEFT JOIN (
        SELECT reverses_commission_id AS id, sum(amount_minor) AS adjusted FROM affiliate.commissions
        WHERE program_id = ${programId} AND kind = 'adjustment' AND status IN (${LIVE}) GROUP BY 1
      ) a ON a.id = l.id
      WHERE l.program_id = ${programId} AND l.kind = 'commission' AND ${inPeriod}`;
  const net = sql`CASE WHEN l.status IN (${LIVE}) THEN l.amount_minor + coalesce(a.adjusted, 0) ELSE 0 END`;
  const eventsQuery = run(sql`
      SELECT c.id, c.enrollment_id, c.event_type, c.amount_minor, c.currency, extract(epoch FROM c.occurred_at) * 1000 AS at,
        c.app_id, c.external_customer_id, c.metadata, c.status, k.country,
        d.calculation -> 'group' ->> 'id' AS group_id,
        CASE WHEN d.calculation ->> 'rule' = 'declared' THEN d.calculation ->> 'declaredPayoutMinor' END AS declared,
        to_char(c.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, coalesce(n.net, 0) AS net,
        extract(epoch FROM c.created_at) * 1000 AS recorded, extract(epoch FROM c.reviewed_at) * 1000 AS reviewed
      FROM affiliate.conversions c
      LEFT JOIN affiliate.clicks k ON k.id = c.click_id
      LEFT JOIN affiliate.commissions d ON d.conversion_id = c.id AND d.level = 0 AND d.kind = 'commission'
      LEFT JOIN (
        SELECT l.conversion_id, sum(${net}) AS net FROM ${netLines} GROUP BY 1
      ) n ON n.conversion_id = c.id
      WHERE ${scope}
      ORDER BY c.id`);

  const [eventRows, lineRows, reversalRows, customerRows, enrollmentRows, userRows] = await Promise.all([
    eventsQuery,
    run(sql`
      SELECT l.beneficiary_id, l.currency, to_char(c.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, sum(${net}) AS net
      FROM ${netLines} GROUP BY 1, 2, 3`),
    run(sql`
      SELECT r.parent_conversion_id AS parent, r.event_type, r.amount_minor, r.currency, r.cancel_effect,
        extract(epoch FROM r.created_at) * 1000 AS recorded
      FROM affiliate.conversions r JOIN affiliate.conversions c ON c.id = r.parent_conversion_id
      WHERE ${scope} AND (r.event_type = 'refund' OR (r.event_type = 'cancel' AND r.cancel_effect = 'sale_voided'))
      ORDER BY r.id`),
    run(sql`
      WITH customers AS (SELECT DISTINCT c.app_id, c.external_customer_id FROM affiliate.conversions c
        WHERE ${scope} AND c.external_customer_id IS NOT NULL)
      SELECT h.id, h.app_id, h.external_customer_id AS customer, h.event_type, h.amount_minor, h.status,
        h.enrollment_id IS NOT NULL AS attributed, extract(epoch FROM h.occurred_at) * 1000 AS at,
        extract(epoch FROM h.created_at) * 1000 AS recorded, extract(epoch FROM h.reviewed_at) * 1000 AS reviewed
      FROM affiliate.conversions h JOIN customers USING (app_id, external_customer_id)
      WHERE h.event_type IN ('lead', 'sale', 'rebill')
        -- The replayed events themselves came with the first query.
        AND (h.program_id IS DISTINCT FROM ${programId} OR h.enrollment_id IS NULL
          OR h.occurred_at < ${from}::timestamptz OR h.occurred_at > ${to}::timestamptz)
      UNION ALL
      SELECT h.id, p.app_id, p.external_customer_id, 'cancel', 0, h.status, true,
        extract(epoch FROM h.occurred_at) * 1000, extract(epoch FROM h.created_at) * 1000, NULL
      FROM affiliate.conversions h JOIN affiliate.conversions p ON p.id = h.parent_conversion_id
      JOIN customers ON customers.app_id = p.app_id AND customers.external_customer_id = p.external_customer_id
      WHERE h.event_type = 'cancel' AND h.cancel_effect <> 'not_found'`),
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

  const periodStart = input.periodFrom.getTime();
  const events: ReplayEvent[] = eventRows.map((r) => ({
    id: r.id as string,
    enrollmentId: r.enrollment_id as string,
    eventType: r.event_type as ReplayEvent['eventType'],
    amountMinor: num(r.amount_minor),
    currency: (r.currency as string | null) ?? null,
    occurredAt: num(r.at),
    appId: r.app_id as string,
    externalCustomerId: (r.external_customer_id as string | null) ?? null,
    metadata: (r.metadata as Record<string, unknown> | null) ?? null,
    status: r.status as string,
    country: (r.country as string | null) ?? null,
    groupId: (r.group_id as string | null) ?? null,
    declaredPayoutMinor: numOrNull(r.declared),
    inPeriod: num(r.at) >= periodStart,
    month: r.month as string,
    actualNetMinor: num(r.net),
    recordedAt: num(r.recorded),
    goneAt: null,
  }));

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
    if (e.status === 'rejected') e.goneAt = numOrNull(eventRows[i]!.reviewed) ?? e.recordedAt;
    else if (e.status === 'reversed') e.goneAt = lastReversalAt.get(e.id) ?? e.recordedAt;
  }

  const byCustomer = new Map<string, CustomerEvent[]>();
  for (const [i, e] of events.entries()) {
    if (e.externalCustomerId === null) continue;
    const key = `${e.appId}\u0000${e.externalCustomerId}`;
    const list = byCustomer.get(key) ?? [];
    const r = eventRows[i]!;
    list.push({
      id: e.id,
      eventType: e.eventType,
      amountMinor: e.amountMinor,
      occurredAt: e.occurredAt,
      recordedAt: num(r.recorded),
      attributed: true,
      status: e.status,
      reviewedAt: numOrNull(r.reviewed),
    });
    byCustomer.set(key, list);
  }
  for (const r of customerRows) {
    const key = `${r.app_id as string}\u0000${r.customer as string}`;
    const list = byCustomer.get(key) ?? [];
    list.push({
      id: r.id as string,
      eventType: r.event_type as CustomerEvent['eventType'],
      amountMinor: num(r.amount_minor),
      occurredAt: num(r.at),
      recordedAt: num(r.recorded),
      attributed: Boolean(r.attributed),
      status: r.status as string,
      reviewedAt: numOrNull(r.reviewed),
    });
    byCustomer.set(key, list);
  }
  const customers: BacktestFacts['customers'] = new Map();
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
