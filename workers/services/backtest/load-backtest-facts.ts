import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { type CustomerHistoryEvent, fillCustomerFacts } from '../../domain/backtest-history';
import type { EnrollmentStatus } from '../../../schema/enums';
import type { ReplayEnrollment, ReplayEvent, ReplayReversal } from '../../domain/backtest-replay';
import { LIVE_COMMISSION_STATUSES } from '../../domain/commission-status';
import { isEnrollmentActive } from '../../domain/enrollment-status';
import { uplineChain } from '../../domain/upline-chain';
import { entry, newList, newMap } from '../../domain/map-entry';
import { decodeEvents, EVENT_SEPARATOR } from '../../domain/decode-events';
import type { StoredSum } from '../../domain/backtest-summary';

const LIVE = sql.raw(LIVE_COMMISSION_STATUSES.map((s) => `'${s}'`).join(', '));
const UPLINE_DEPTH = 3;

export interface BacktestFacts {
  events: ReplayEvent[];
  /** The stored lines of the period's events, net of their live adjustments, summed per beneficiary, currency and month. */
  actual: StoredSum[];
  reversals: Map<string, ReplayReversal[]>;
  uplines: Map<string, (string | null)[]>;
  enrollments: Map<string, ReplayEnrollment>;
}

type Row = Record<string, unknown>;
const num = (v: unknown) => Number(v);
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * A program's stored history, set-based in five queries (never one per event): its leads, sales and
 * rebills from `historyFrom` with their click's country, what their direct line recorded and, for the
 * period's events, what each beneficiary's lines kept after adjustments, the refunds and voiding cancellations of
 * the history's events (a spend limit's period may start before the summed one), their customers'
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
  // The replayed events (conversion alias `c`): the history's, from before the period when the terms look back.
  const scope = sql`c.program_id = ${programId} AND c.enrollment_id IS NOT NULL
    AND c.edition_id IS NULL AND c.event_type IN ('lead', 'sale', 'rebill')
    AND c.occurred_at >= ${from}::timestamptz AND c.occurred_at <= ${to}::timestamptz`;
  // A stored line's net: what it keeps after its live adjustments (0 once reversed or rejected). The
  // adjustments are few (one per refunded line) and found through their own index.
  const adjusted = sql`SELECT reverses_commission_id AS id, sum(amount_minor) AS adjusted FROM affiliate.commissions
      WHERE reverses_commission_id IS NOT NULL AND program_id = ${programId} AND kind = 'adjustment' AND status IN (${LIVE})
      GROUP BY 1`;
  // A customer (of conversion alias `h`) with a replayed event: an index probe per candidate.
  const replayedCustomer = (h: ReturnType<typeof sql>) => sql`EXISTS (SELECT 1 FROM affiliate.conversions c
      WHERE c.app_id = ${h}.app_id AND c.external_customer_id = ${h}.external_customer_id AND ${scope})`;
  // The events, with what their lines kept and what their direct line recorded (read per line, so the
  // lines' calculations, large, are not carried through the join). What each line kept rides on its
  // event's row ("beneficiary:currency:minor", the live lines' only, like the stored sums the backtest
  // compares with); the event's net is their total (decode-events.ts), so the lines and their
  // adjustments are read once: a second statement summing them per beneficiary and month had cost as
  // much Postgres time as this one. Each row is one text of
  // unit-separated fields (concat_ws: about 40 % less Postgres CPU than json_build_array, and split
  // without a JSON parse); nullable fields travel as '' (domain/decode-events.ts), and the customer id,
  // free text, comes last so that a separator inside it cannot shift a field. In id (recording) order.
  const eventsQuery = run(sql`
      WITH n AS (
        SELECT l.conversion_id,
          min(CASE WHEN l.level = 0 THEN l.calculation -> 'group' ->> 'id' END) AS group_id,
          min(CASE WHEN l.level = 0 AND l.calculation ->> 'rule' = 'declared' THEN l.calculation ->> 'declaredPayoutMinor' END)
            AS declared,
          string_agg(l.beneficiary_id || ':' || l.currency || ':' || (l.amount_minor + coalesce(a.adjusted, 0)), ',')
            FILTER (WHERE l.status IN (${LIVE})) AS kept
        FROM affiliate.commissions l
        JOIN affiliate.conversions c ON c.id = l.conversion_id
        LEFT JOIN (${adjusted}) a ON a.id = l.id
        WHERE l.program_id = ${programId} AND l.kind = 'commission' AND ${scope}
        GROUP BY 1
      )
      SELECT concat_ws(${EVENT_SEPARATOR}::text,
          c.id, c.enrollment_id, c.event_type, c.amount_minor, coalesce(c.currency, ''),
          (extract(epoch FROM c.occurred_at) * 1000)::float8, c.app_id, coalesce(c.metadata::text, ''), c.status,
          coalesce(k.country, ''), coalesce(n.group_id, ''), coalesce(n.declared, ''),
          CASE WHEN c.occurred_at >= ${periodFrom}::timestamptz THEN coalesce(n.kept, '') ELSE '' END,
          (extract(epoch FROM c.created_at) * 1000)::float8,
          coalesce(((extract(epoch FROM c.reviewed_at) * 1000)::float8)::text, ''),
          coalesce('=' || c.external_customer_id, '')
        ) AS r
      FROM affiliate.conversions c
      LEFT JOIN affiliate.clicks k ON k.id = c.click_id
      LEFT JOIN n ON n.conversion_id = c.id
      WHERE ${scope}
      ORDER BY c.id`);
  const [eventRows, reversalRows, customerRows, enrollmentRows, userRows] = await Promise.all([
    eventsQuery,
    run(sql`
      SELECT r.parent_conversion_id AS parent, r.event_type, r.amount_minor, r.currency, r.cancel_effect,
        extract(epoch FROM r.created_at) * 1000 AS recorded, extract(epoch FROM r.occurred_at) * 1000 AS occurred
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

  const { events, actual } = decodeEvents(
    eventRows.map((r) => r.r as string),
    input.periodFrom.getTime(),
  );

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
      occurredAt: num(r.occurred),
    });
    reversals.set(parent, list);
    if (isRefund) refunded.set(parent, before + num(r.amount_minor));
  }
  // When each event stopped counting in the affiliate's totals: a reviewer's rejection when decided
  // (a cap's as it was recorded), a reversal when its last refund or voiding cancellation came.
  for (const e of events) {
    if (e.status === 'rejected') e.goneAt = e.reviewedAt ?? e.recordedAt;
    else if (e.status === 'reversed') e.goneAt = lastReversalAt.get(e.id) ?? e.recordedAt;
  }

  // Each customer's events, per app then customer id (no key built per event).
  const byApp = new Map<string, Map<string, CustomerHistoryEvent[]>>();
  const customerEvents = (appId: string, customerId: string) =>
    entry(entry(byApp, appId, newMap<string, CustomerHistoryEvent[]>), customerId, newList<CustomerHistoryEvent>);
  // A replayed event is its own customer-history entry (ReplayEvent holds CustomerEvent's fields).
  for (const e of events) if (e.externalCustomerId !== null) customerEvents(e.appId, e.externalCustomerId).push(e);
  for (const r of customerRows) {
    customerEvents(r.app_id as string, r.customer as string).push({
      id: r.id as string,
      eventType: r.event_type as CustomerHistoryEvent['eventType'],
      amountMinor: num(r.amount_minor),
      occurredAt: num(r.at),
      recordedAt: num(r.recorded),
      attributed: Boolean(r.attributed),
      status: r.status as string,
      reviewedAt: numOrNull(r.reviewed),
      earlierPaidAt: null,
      cancelledAt: null,
    });
  }
  for (const byCustomer of byApp.values()) for (const list of byCustomer.values()) fillCustomerFacts(list);

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
  return { events, actual, reversals, uplines, enrollments };
}
