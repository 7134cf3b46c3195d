// The soak's invariants of partner groups, spend limits and workflows, in plain SQL over the stored
// lines, crossings and audit rows (never the product's own helpers), and what the run's terms did so
// far (rules chosen, lines cut, bonuses, moves) for the checkpoint's printout.
import type { ServiceContext } from '../../workers/context';
import type { InvariantResult } from './soak-invariants';

const LIVE = `('pending', 'approved', 'disputed', 'in_payout', 'paid')`;

/** Each query selects the offending rows; none means the invariant holds. */
export const TERMS_INVARIANTS: { name: string; sql: string }[] = [
  {
    // For every limit a line was checked against: the lines checked against that limit in that period
    // (enrollment, currency, period start, max), net of their live adjustments, never sum past the max.
    name: 'a capped period never pays more than its limit',
    sql: `WITH checked AS (
        SELECT l.id, l.enrollment_id, l.currency, ch->>'period' AS period,
          coalesce(ch->>'periodStart', 'total') AS period_start, (ch->>'maxMinor')::bigint AS max_minor
        FROM affiliate.commissions l, jsonb_array_elements(l.calculation->'spendLimit'->'checked') ch
        WHERE l.level = 0 AND l.kind = 'commission' AND l.status IN ${LIVE} AND l.calculation ? 'spendLimit')
      SELECT k.enrollment_id, k.currency, k.period, k.period_start, k.max_minor, count(*) AS lines, sum(n.net) AS paid
      FROM checked k
      CROSS JOIN LATERAL (
        SELECT coalesce(sum(a.amount_minor), 0) AS net FROM affiliate.commissions a
        WHERE (a.id = k.id OR a.reverses_commission_id = k.id) AND a.status IN ${LIVE}) n
      GROUP BY 1, 2, 3, 4, 5 HAVING sum(n.net) > k.max_minor`,
  },
  {
    // A zero direct line exists only because a cap left no room, and says so; a checked line pays what its
    // calculation says it paid, never more than it asked, and names the limit that cut it exactly when it was cut.
    name: 'every capped line pays what it says and gives its reason',
    sql: `SELECT id, amount_minor, calculation->'spendLimit' AS spend_limit FROM affiliate.commissions
      WHERE level = 0 AND kind = 'commission' AND (
        (amount_minor = 0 AND coalesce(calculation->'spendLimit'->>'verdict', '') <> 'capped')
        OR (calculation ? 'spendLimit' AND (
          amount_minor <> (calculation->'spendLimit'->>'paidMinor')::bigint
          OR (calculation->'spendLimit'->>'paidMinor')::bigint > (calculation->'spendLimit'->>'requestedMinor')::bigint
          OR ((calculation->'spendLimit'->>'verdict') = 'within') <> (jsonb_typeof(calculation->'spendLimit'->'cutBy') = 'null')
          OR ((calculation->'spendLimit'->>'verdict') = 'capped') <> (amount_minor = 0 AND (calculation->'spendLimit'->>'requestedMinor')::bigint > 0))))`,
  },
  {
    // A line decided by rules stores its verdicts beside a rule set of its own advertiser with one verdict per
    // rule of the set, the paying rule's verdict `c` at that rule's place (and no words, which readers add).
    name: 'every line decided by rules names a set of its advertiser that its verdicts fit',
    sql: `SELECT l.id, l.calculation->>'rewardRuleSet' AS rule_set, l.calculation->'rewardRule' AS reward_rule
      FROM affiliate.commissions l
      LEFT JOIN affiliate.reward_rule_sets r
        ON r.id = (l.calculation->>'rewardRuleSet')::uuid AND r.organization_id = l.organization_id
      WHERE l.calculation ? 'rewardRule' AND (
        r.id IS NULL OR l.calculation ? 'rewardRules'
        OR jsonb_typeof(l.calculation->'ruleVerdicts') IS DISTINCT FROM 'array'
        OR jsonb_array_length(l.calculation->'ruleVerdicts') <> jsonb_array_length(r.rules)
        OR (jsonb_typeof(l.calculation->'rewardRule') = 'object' AND NOT EXISTS (
          SELECT 1 FROM jsonb_array_elements(r.rules) WITH ORDINALITY AS e(rule, i)
          WHERE e.rule->>'id' = l.calculation->'rewardRule'->>'id' AND l.calculation->'ruleVerdicts'->(e.i::int - 1)->>0 = 'c')))`,
  },
  {
    // Exactly once per crossing: one crossing row per (workflow, enrollment, key); each crossing of a
    // bonus workflow has one bonus line of the bonus's amount, a crossing of another none; no bonus without a crossing.
    name: 'one bonus per crossing, none without one',
    sql: `(SELECT 'crossing repeated' AS problem, workflow_id::text AS id, count(*) AS n, NULL::bigint AS paid, NULL::bigint AS bonus
        FROM affiliate.workflow_crossings GROUP BY workflow_id, enrollment_id, crossing_key HAVING count(*) > 1)
      UNION ALL
      (SELECT 'bonus lines of a crossing', x.id::text, count(c.id), coalesce(sum(c.amount_minor), 0), w.bonus_minor
        FROM affiliate.workflow_crossings x JOIN affiliate.program_workflows w ON w.id = x.workflow_id
        LEFT JOIN affiliate.conversions v ON v.event_type = 'bonus' AND v.event_id = 'workflow:' || x.id::text
        LEFT JOIN affiliate.commissions c ON c.conversion_id = v.id AND c.kind = 'bonus'
        GROUP BY x.id, w.bonus_minor
        HAVING count(c.id) <> (CASE WHEN w.bonus_minor IS NULL THEN 0 ELSE 1 END)
          OR coalesce(sum(c.amount_minor), 0) <> coalesce(w.bonus_minor, 0))
      UNION ALL
      (SELECT 'bonus without a crossing', c.id::text, 1, c.amount_minor, NULL
        FROM affiliate.commissions c JOIN affiliate.conversions v ON v.id = c.conversion_id
        WHERE c.kind = 'bonus' AND NOT EXISTS (
          SELECT 1 FROM affiliate.workflow_crossings x WHERE v.event_id = 'workflow:' || x.id::text))`,
  },
  {
    // A crossing's recorded total crossed its threshold, and never exceeds what the enrollment's own
    // conversions and direct commission lines (any status, bonuses left out) could add up to by then: a
    // total that counted bonuses would. Timed by the bonus (windowed crossings without one are skipped).
    name: 'crossings crossed, and bonuses count toward no total',
    sql: `SELECT x.id, w.metric, w.op, w.threshold, w.window_days, x.value, b.bound
      FROM affiliate.workflow_crossings x
      JOIN affiliate.program_workflows w ON w.id = x.workflow_id
      JOIN affiliate.programs p ON p.id = w.program_id
      LEFT JOIN affiliate.conversions v ON v.event_type = 'bonus' AND v.event_id = 'workflow:' || x.id::text
      CROSS JOIN LATERAL (
        SELECT CASE
          WHEN w.op <> 'gte' OR (v.id IS NULL AND w.window_days IS NOT NULL) THEN NULL
          WHEN w.metric = 'commission_minor' THEN (
            SELECT coalesce(sum(c.amount_minor), 0) FROM affiliate.commissions c JOIN affiliate.conversions o ON o.id = c.conversion_id
            WHERE c.enrollment_id = x.enrollment_id AND c.level = 0 AND c.kind = 'commission' AND c.currency = p.currency
              AND (v.id IS NULL OR o.occurred_at <= v.occurred_at)
              AND (w.window_days IS NULL OR o.occurred_at >= v.occurred_at - make_interval(days => w.window_days)))
          WHEN w.metric IN ('sales', 'conversions') THEN (
            SELECT count(*) FROM affiliate.conversions o
            WHERE o.enrollment_id = x.enrollment_id
              AND o.event_type IN ('sale', CASE WHEN w.metric = 'conversions' THEN 'lead' ELSE 'sale' END)
              AND (v.id IS NULL OR o.occurred_at <= v.occurred_at)
              AND (w.window_days IS NULL OR o.occurred_at >= v.occurred_at - make_interval(days => w.window_days)))
          END AS bound) b
      WHERE (w.op = 'gte' AND x.value < w.threshold) OR (w.op = 'lt' AND x.value >= w.threshold) OR x.value > b.bound`,
  },
];

/**
 * A moved member's lines keep what they earned: each line (of enrollments staff or a workflow ever
 * moved) keeps the amount, rate, group and group version it was written with from one checkpoint to
 * the next. `kept` carries the previous checkpoint's view; lines seen for the first time join it.
 */
export async function linesKeptAcrossMoves(ctx: ServiceContext, kept: Map<string, string>): Promise<InvariantResult> {
  const { rows } = await ctx.db.execute(
    `SELECT c.id, c.amount_minor, c.rate_bps, c.calculation->'group'->>'id' AS group_id,
       c.calculation->'group'->>'version' AS group_version, c.calculation->>'formula' AS formula
     FROM affiliate.commissions c
     WHERE c.kind = 'commission' AND c.enrollment_id IN (
       SELECT target_id::uuid FROM logs.audit_log WHERE action = 'enrollment.group_changed')`,
  );
  const changed: Record<string, unknown>[] = [];
  for (const r of rows as {
    id: string;
    amount_minor: string;
    rate_bps: number | null;
    group_id: string | null;
    group_version: string | null;
    formula: string | null;
  }[]) {
    const now = [r.amount_minor, r.rate_bps, r.group_id, r.group_version, r.formula].join('|');
    const before = kept.get(r.id);
    if (before !== undefined && before !== now) changed.push({ id: r.id, before, now });
    else kept.set(r.id, now);
  }
  return {
    name: `moved members' lines keep their amounts and terms (${kept.size} lines watched)`,
    ok: changed.length === 0,
    count: changed.length,
    rows: changed.slice(0, 5),
  };
}

/** What the terms did so far: lines each rule chose, lines cut or zeroed by caps, bonuses, crossings per workflow, moves. */
export async function termsFigures(ctx: ServiceContext): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const add = (rows: unknown[]) => {
    for (const r of rows as { k: string; n: string }[]) out[r.k] = Number(r.n);
  };
  add(
    (
      await ctx.db.execute(
        `SELECT 'rule:' || (calculation->'rewardRule'->>'name') AS k, count(*) AS n FROM affiliate.commissions
         WHERE level = 0 AND kind = 'commission' AND jsonb_typeof(calculation->'rewardRule') = 'object' GROUP BY 1
         UNION ALL SELECT 'cap:' || (calculation->'spendLimit'->>'verdict'), count(*) FROM affiliate.commissions
         WHERE calculation ? 'spendLimit' AND calculation->'spendLimit'->>'verdict' <> 'within' GROUP BY 1
         UNION ALL SELECT 'bonus_lines', count(*) FROM affiliate.commissions WHERE kind = 'bonus'
         UNION ALL SELECT 'crossed:' || w.name, count(*) FROM affiliate.workflow_crossings x
           JOIN affiliate.program_workflows w ON w.id = x.workflow_id GROUP BY w.name
         UNION ALL SELECT CASE WHEN actor_id IS NULL THEN 'moved_by_workflow' ELSE 'moved_by_staff' END, count(*)
           FROM logs.audit_log WHERE action = 'enrollment.group_changed' GROUP BY 1`,
      )
    ).rows,
  );
  return out;
}
