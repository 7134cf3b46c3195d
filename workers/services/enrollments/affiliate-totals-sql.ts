import { type SQL, sql } from 'drizzle-orm';
import type { NamedStatement, Slot } from '../../db/compile-statement';
import { namedShapes } from '../../db/execute-named';
import type { AffiliateMetric } from '../../domain/reward-rules';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** A window the totals are asked for: N × 24 hours back from `before`, or lifetime (null). */
export interface TotalsWindow {
  metric: AffiliateMetric;
  windowDays: number | null;
}

export interface TotalsQuery {
  enrollmentId: string;
  /** The program's currency: revenue and commission count in it only. */
  currency: string;
  before: Date;
  /** The conversion being settled: left out, with its lines. */
  excludeConversionId: string | null;
  /** Conversions this transaction changed before, whose rollups have not moved yet. */
  changedConversionIds: readonly string[];
  /** At least one. */
  windows: readonly TotalsWindow[];
}

const hourOf = (ms: number) => Math.floor(ms / HOUR_MS) * HOUR_MS;

/** The key a window's total is kept under in the totals' map: `metric:windowDays` (lifetime: `metric:null`). */
export const totalsKey = (metric: AffiliateMetric, windowDays: number | null) => `${metric}:${windowDays}`;

/** Whether totals read earlier hold every one of `windows` (else the caller reads them). */
export const holdsWindows = (totals: ReadonlyMap<string, number>, windows: readonly TotalsWindow[]) =>
  windows.every((w) => totals.has(totalsKey(w.metric, w.windowDays)));

/** What decides the statement's text: which windows of which metrics, and how many conversions were changed. */
export interface TotalsShape {
  conversionDays: (number | null)[];
  lineDays: (number | null)[];
  /** 0, 1 (a scalar) or more (an array). */
  changed: 0 | 1 | 2;
  /** Changed conversions other than the excluded one (their rows count as they are now). */
  others: boolean;
}

/** Every value of one call, by the slot the statement names it with. */
type TotalsValues = Record<string, unknown>;

/** A conversion row of alias `a` (raw or rollup) that the conversion totals count. */
const countedConversion = (a: string) =>
  sql.raw(`${a}.status NOT IN ('rejected', 'reversed') AND ${a}.event_type IN ('lead', 'sale', 'rebill')`);
/** A line row of alias `a` that commission_minor counts: the affiliate's own, bonuses and bounties left out. */
const countedLine = (a: string, currency: SQL) =>
  sql`${sql.raw(`${a}.level = 0 AND ${a}.kind NOT IN ('bonus', 'bounty') AND ${a}.status NOT IN ('rejected', 'reversed')`)}
    AND ${sql.raw(a)}.currency = ${currency}::char(3)`;
/** A LATERAL look-up by `where` only (OFFSET 0 keeps the outer filters out of it, so it stays an index look-up). */
const each = (table: string, alias: string, where: SQL) =>
  sql`CROSS JOIN LATERAL (SELECT * FROM ${sql.raw(`${table} ${alias}`)} WHERE ${where} OFFSET 0) ${sql.raw(alias)}`;

const days = (q: TotalsQuery, lines: boolean) => [
  ...new Set(q.windows.filter((w) => (w.metric === 'commission_minor') === lines).map((w) => w.windowDays)),
];
type Changed = { changed: string[]; others: string[] };
const changedOf = (q: TotalsQuery): Changed => {
  const excluded = q.excludeConversionId;
  const changed = [...new Set([...q.changedConversionIds, ...(excluded ? [excluded] : [])])];
  return { changed, others: changed.filter((id) => id !== excluded) };
};

function shapeOf(q: TotalsQuery, { changed, others }: Changed): TotalsShape {
  return {
    conversionDays: days(q, false),
    lineDays: days(q, true),
    changed: changed.length > 1 ? 2 : (changed.length as 0 | 1),
    others: others.length > 0,
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
// The rollup's hours from the first whole hour of the widest window (or ever) up to the current hour.
const fromHour = (list: (number | null)[], before: number) =>
  list.length === 0 || list.includes(null)
    ? null
    : iso(hourOf(before - Math.max(...(list as number[])) * DAY_MS) + HOUR_MS);

/**
 * The values of one call: every bound is computed here, so the text depends only on the shape. A
 * window's keys carry its days (`start_30`), and the rollup's first hour its list (`from_c`, `from_l`).
 * No closure is made per call: this runs twice per conversion with rules and workflows, and a bundle that
 * keeps function names wraps every named closure in a call that sets its name.
 */
function valuesOf(q: TotalsQuery, shape: TotalsShape, { changed, others }: Changed): TotalsValues {
  const before = q.before.getTime();
  const lastHour = hourOf(before);
  const values: TotalsValues = {
    enrollment: q.enrollmentId,
    currency: q.currency,
    before: iso(before),
    last_hour: iso(lastHour),
    next_hour: iso(lastHour + HOUR_MS),
    changed_one: changed[0] ?? null,
    changed_all: changed,
    others,
  };
  for (const d of [...shape.conversionDays, ...shape.lineDays]) {
    if (d === null) continue;
    const start = before - d * DAY_MS;
    values[`start_${d}`] = iso(start);
    values[`first_end_${d}`] = iso(hourOf(start) + HOUR_MS);
  }
  values.from_c = fromHour(shape.conversionDays, before);
  values.from_l = fromHour(shape.lineDays, before);
  return values;
}

/**
 * One statement, one row, for an enrollment's totals over several windows (`read` turns it into a
 * map keyed `metric:windowDays`). What counts, for the conversions attributed to the enrollment that
 * occurred in the window:
 * - sales, conversions (leads and sales) and revenue_minor (sales and rebills in the currency) of
 *   those neither rejected nor reversed;
 * - commission_minor: their level-0 lines (the affiliate's own) in the currency neither rejected nor
 *   reversed, adjustments included (a refund's, dated by the refund), bonus and bounty lines left out
 *   (a bonus never counts towards the next one).
 * The excluded conversion (and its lines) is left out.
 *
 * The whole hours come from the hourly rollups (conversion_stats_hourly, commission_stats_hourly),
 * so the cost follows the hours a window spans, not how many conversions the affiliate made (one
 * converting thousands of times a month would otherwise pay for each of them on every new one). The
 * two part hours are corrected from the raw rows, an index range each: the window's first hour adds
 * what follows its start, and from the current hour, read whole, what came after `before` is taken
 * away. Conversions this transaction already changed count as their rows
 * are now, not as the rollup still has them (its move comes at the transaction's end,
 * services/stats/refresh-conversion-stats.ts). Each row read carries `tag` (the one window it belongs
 * to) or `at` (when it happened: it belongs to every window starting before); the windows are known
 * here, so every bound is a value computed here (a parameter), and only the parts the metrics asked need
 * are in the statement: planning it costs as much as running it. Its text depends only on that shape,
 * so it runs as a named statement (affiliate-totals.ts).
 */
function build(shape: TotalsShape, slot: Slot<string>): SQL {
  const at = (key: string) => sql`${slot(key)}::timestamptz`;
  const changedIds = sql`${slot('changed_all')}::uuid[]`;
  // One changed conversion (the usual case: the settling one itself) is a scalar parameter, not an array of one.
  // In a generic plan, unnest of an array parameter counts as 100 rows: Postgres then judged the generic plan of
  // the settling transaction's totals dearer than a custom one and planned them on every call.
  const notChanged = shape.changed === 1 ? sql`c.id <> ${slot('changed_one')}::uuid` : sql`c.id <> ALL (${changedIds})`;
  const changedRows =
    shape.changed === 1
      ? sql`(VALUES (${slot('changed_one')}::uuid)) AS changed(id)`
      : sql`unnest(${changedIds}) AS changed(id)`;
  // Only the arms the call needs (each costs planning): outside a settling transaction (workflows, the
  // affiliate's progress) nothing is changed or left out, and a settling one rarely changed another
  // conversion before this one (the excluded one is only taken out of what the rollup counts).
  const ifChanged = (arms: SQL) => (shape.changed > 0 ? arms : sql``);
  const ifOthers = (arms: SQL) => (shape.others ? arms : sql``);
  const enrollment = sql`${slot('enrollment')}::uuid`;
  const affiliateId = sql`(SELECT owner.affiliate_id FROM affiliate.enrollments owner WHERE owner.id = ${enrollment})`;
  const currency = slot('currency');

  // The enrollment's raw conversions `c` of the part hours (not the changed ones), as signed rows. A
  // window's first hour adds those after its start, tagged by window. The current hour is read whole
  // from the rollup, and those after `before` are taken away: for a live event, that is the few
  // recorded since, where the hour's own could be thousands for a busy affiliate. Each range is
  // affiliate.enrollment_conversions_between (migrations 0076, 0078), whose fixed estimate keeps the statement's
  // generic plan as cheap as a custom one however many conversions the enrollment has, and whose own query
  // always runs its generic plan; `from` may join their lines.
  const partHours = (
    list: (number | null)[],
    select: (tag: SQL, sign: SQL) => SQL,
    from: (c: SQL) => SQL,
    rest: SQL,
  ) => {
    const range = (tag: SQL, sign: SQL, after: string, until: string) => sql`${select(tag, sign)}
      FROM ${from(sql`affiliate.enrollment_conversions_between(${enrollment}, ${at(after)}, ${at(until)}) c`)}
      WHERE ${notChanged} AND ${rest}`;
    const firstHours = list.flatMap((d, i) =>
      d === null ? [] : [range(sql.raw(String(i)), sql`1`, `start_${d}`, `first_end_${d}`)],
    );
    return sql.join([...firstHours, range(sql`NULL`, sql`-1`, 'before', 'next_hour')], sql` UNION ALL `);
  };
  // The rollup's hours from the first whole hour of the widest window (or ever) to the current one.
  const rollupHours = (list: (number | null)[], from: string, column: SQL) =>
    list.includes(null)
      ? sql`${column} <= ${at('last_hour')}`
      : sql`${column} <= ${at('last_hour')} AND ${column} >= ${at(from)}`;
  // The changed conversions, one primary-key look-up each (their filters stay outside the look-up).
  const changedNow = sql`unnest(${slot('others')}::uuid[]) AS changed(id) ${each('affiliate.conversions', 'c', sql`c.id = changed.id`)}`;
  const changedInWindow = sql`c.enrollment_id = ${enrollment}
    AND c.occurred_at <= ${at('before')}`;
  const inWindow = (list: (number | null)[], i: number) =>
    list[i] === null
      ? sql`tag IS NULL`
      : sql`(tag = ${sql.raw(String(i))} OR (tag IS NULL AND at > ${at(`start_${list[i]}`)}))`;

  const parts: SQL[] = [];
  if (shape.conversionDays.length > 0) {
    const list = shape.conversionDays;
    const rows = sql`
      SELECT NULL::int AS tag, h.hour AS at, h.event_type, h.currency, h.conversions AS n, h.revenue_minor AS amount
      FROM affiliate.conversion_stats_hourly h
      WHERE h.affiliate_id = ${affiliateId} AND ${rollupHours(list, 'from_c', sql`h.hour`)} AND h.enrollment_id = ${enrollment}
        AND ${countedConversion('h')}
      UNION ALL
      ${partHours(
        list,
        (tag, sign) =>
          sql`SELECT ${tag}::int, c.occurred_at, c.event_type, coalesce(c.currency, 'XXX'), ${sign}, ${sign} * coalesce(c.amount_minor, 0)`,
        (c) => c,
        countedConversion('c'),
      )}
      ${ifChanged(sql`
      UNION ALL -- the changed conversions as the rollup still counts them…
      SELECT NULL, was.hour, was.event_type, was.currency, -1, -coalesce(was.amount_minor, 0)
      FROM ${changedRows} ${each('affiliate.stats_counted_conversions', 'was', sql`was.conversion_id = changed.id`)}
      WHERE was.enrollment_id = ${enrollment} AND ${countedConversion('was')} AND ${rollupHours(list, 'from_c', sql`was.hour`)}`)}
      ${ifOthers(sql`
      UNION ALL -- …and as they are now
      SELECT NULL, c.occurred_at, c.event_type, coalesce(c.currency, 'XXX'), 1, coalesce(c.amount_minor, 0)
      FROM ${changedNow} WHERE ${changedInWindow} AND ${countedConversion('c')}`)}`;
    const columns = list.map(
      (
        _,
        i,
      ) => sql`coalesce(sum(n) FILTER (WHERE event_type = 'sale' AND ${inWindow(list, i)}), 0) AS ${sql.raw(`sales_${i}`)},
        coalesce(sum(n) FILTER (WHERE event_type IN ('lead', 'sale') AND ${inWindow(list, i)}), 0) AS ${sql.raw(`conversions_${i}`)},
        coalesce(sum(amount) FILTER (WHERE event_type IN ('sale', 'rebill') AND currency = ${currency}::char(3)
          AND ${inWindow(list, i)}), 0) AS ${sql.raw(`revenue_minor_${i}`)}`,
    );
    parts.push(sql`(SELECT ${sql.join(columns, sql`, `)} FROM (${rows}) r) conversion_totals`);
  }
  if (shape.lineDays.length > 0) {
    const list = shape.lineDays;
    const linesOf = each('affiliate.commissions', 'l', sql`l.conversion_id = c.id`);
    const ownLine = sql`l.beneficiary_id = ${affiliateId} AND ${countedLine('l', currency)}`;
    const rows = sql`
      SELECT NULL::int AS tag, h.hour AS at, h.amount_minor AS amount
      FROM affiliate.commission_stats_hourly h
      WHERE h.beneficiary_id = ${affiliateId} AND ${rollupHours(list, 'from_l', sql`h.hour`)} AND h.enrollment_id = ${enrollment}
        AND ${countedLine('h', currency)}
      UNION ALL
      ${partHours(
        list,
        (tag, sign) => sql`SELECT ${tag}::int, c.occurred_at, ${sign} * l.amount_minor`,
        (c) => sql`${c} ${linesOf}`,
        ownLine,
      )}
      ${ifChanged(sql`
      UNION ALL -- the changed conversions' lines as the rollup still counts them…
      SELECT NULL, was_c.hour, -was.amount_minor
      FROM ${changedRows}
        ${each('affiliate.stats_counted_conversions', 'was_c', sql`was_c.conversion_id = changed.id`)}
        ${each('affiliate.stats_counted_commissions', 'was', sql`was.conversion_id = changed.id`)}
      WHERE was_c.enrollment_id = ${enrollment} AND ${rollupHours(list, 'from_l', sql`was_c.hour`)}
        AND was.beneficiary_id = ${affiliateId} AND ${countedLine('was', currency)}`)}
      ${ifOthers(sql`
      UNION ALL -- …and as they are now
      SELECT NULL, c.occurred_at, l.amount_minor FROM ${changedNow} ${linesOf} WHERE ${changedInWindow} AND ${ownLine}`)}`;
    const columns = list.map(
      (_, i) =>
        sql`coalesce(sum(amount) FILTER (WHERE ${inWindow(list, i)}), 0) AS ${sql.raw(`commission_minor_${i}`)}`,
    );
    parts.push(sql`(SELECT ${sql.join(columns, sql`, `)} FROM (${rows}) r) line_totals`);
  }
  return sql`SELECT * FROM ${sql.join(parts, sql` CROSS JOIN `)}`;
}

/** Reads the statement's one row as a map keyed `metric:windowDays`. */
const reader = (q: TotalsQuery, shape: TotalsShape) => (row: Record<string, unknown>) =>
  new Map(
    q.windows.map((w) => {
      const i = (w.metric === 'commission_minor' ? shape.lineDays : shape.conversionDays).indexOf(w.windowDays);
      return [totalsKey(w.metric, w.windowDays), Number(row[`${w.metric}_${i}`] ?? 0)] as const;
    }),
  );

const totalsStatement = namedShapes('affiliate_totals', build);

/** What decides a call's statement text (see TotalsShape), its values by slot, and how to read its one row. */
export interface TotalsPlan {
  shape: TotalsShape;
  values: Record<string, unknown>;
  read: (row: Record<string, unknown>) => Map<string, number>;
}

/** This call's shape, values and reader, for a statement that reads the totals as part of its own (totalsSql). */
export function planTotals(q: TotalsQuery): TotalsPlan {
  const changed = changedOf(q);
  const shape = shapeOf(q, changed);
  return { shape, values: valuesOf(q, shape, changed), read: reader(q, shape) };
}

/**
 * The totals of one shape as a one-row subquery, its values in `slot`s named as planTotals names them, for a
 * statement that reads them beside its own (the enrollment's group in the settling transaction): one round
 * trip instead of two.
 */
export const totalsSql: (shape: TotalsShape, slot: Slot<string>) => SQL = build;

/** The named statement of this call's shape (composed once per shape), this call's values, and how to read its row. */
export function compiledTotals(q: TotalsQuery): {
  statement: NamedStatement;
  values: Record<string, unknown>;
  read: (row: Record<string, unknown>) => Map<string, number>;
} {
  const plan = planTotals(q);
  return { statement: totalsStatement(plan.shape), values: plan.values, read: plan.read };
}
