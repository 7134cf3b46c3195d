import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { CustomerHistories, type CustomerHistoryEvent } from '../../domain/backtest-history';
import type { EnrollmentStatus } from '../../../schema/enums';
import type { ReplayEnrollment, ReplayEvent, ReplayReversal } from '../../domain/backtest-replay';
import { isEnrollmentActive } from '../../domain/enrollment-status';
import { uplineChain } from '../../domain/upline-chain';
import { backtestScope } from './backtest-scope';

const UPLINE_DEPTH = 3;

export interface BacktestFacts {
  /**
   * Writes what the replay needs besides the event's row: its reversals, when it stopped counting, and its
   * customer's facts. Call it for each event in recording order.
   */
  prepare: (e: ReplayEvent) => void;
  uplines: Map<string, (string | null)[]>;
  enrollments: Map<string, ReplayEnrollment>;
}

type Row = Record<string, unknown>;
const num = (v: unknown) => Number(v);
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * What the replay needs of a program's history besides its events (stream-backtest-events.ts), set-based
 * in four queries (never one per event): the refunds and voiding cancellations of the history's events
 * (a spend limit's period may start before the summed one), their customers' other events across the app,
 * the enrollments and the referral chains.
 */
export async function loadBacktestFacts({
  ctx,
  input,
}: ServiceCall<{ programId: string; historyFrom: Date; to: Date }>): Promise<BacktestFacts> {
  const { programId } = input;
  const from = input.historyFrom.toISOString();
  const to = input.to.toISOString();
  const run = async (q: ReturnType<typeof sql>) => (await ctx.db.execute(q)).rows as Row[];
  const scope = backtestScope(programId, input.historyFrom, input.to);
  // A customer (of conversion alias `h`) with a replayed event: an index probe per candidate.
  const replayedCustomer = (h: ReturnType<typeof sql>) => sql`EXISTS (SELECT 1 FROM affiliate.conversions c
      WHERE c.app_id = ${h}.app_id AND c.external_customer_id = ${h}.external_customer_id AND ${scope})`;
  const [reversalRows, customerRows, enrollmentRows, userRows] = await Promise.all([
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

  // The refunds recorded before each one, as reverse-commissions.ts sums them.
  const reversals = new Map<string, ReplayReversal[]>();
  const refunded = new Map<string, number>();
  for (const r of reversalRows) {
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
  // Each replayed customer's other events; the replayed ones join their history as they stream in.
  const customers = new CustomerHistories();
  for (const r of customerRows)
    customers.addOther(r.app_id as string, r.customer as string, {
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
  customers.sortOthers();
  // The reversed events in id order, met in step with the replayed ones: no lookup per event.
  const reversed = [...reversals.keys()].sort();
  let next = 0;
  const prepare = (e: ReplayEvent) => {
    while (next < reversed.length && reversed[next]! < e.id) next++;
    if (reversed[next] === e.id) e.reversals = reversals.get(e.id)!;
    // When the event stopped counting in the affiliate's totals: a reviewer's rejection when decided
    // (a cap's as it was recorded), a reversal when its last refund or voiding cancellation came.
    if (e.status === 'rejected') e.goneAt = e.reviewedAt ?? e.recordedAt;
    else if (e.status === 'reversed')
      e.goneAt = e.reversals.length > 0 ? Math.max(...e.reversals.map((r) => r.recordedAt)) : e.recordedAt;
    customers.addReplayed(e);
  };

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
  return { prepare, uplines, enrollments };
}
