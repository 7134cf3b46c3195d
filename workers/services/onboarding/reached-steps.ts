import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';

/** Step id → when it was reached (null: reached, its time no longer known), per enrollment. */
export type ReachedSteps = Map<string, Map<string, Date | null>>;

const at = (value: unknown): Date | null => (value === null || value === undefined ? null : new Date(String(value)));

/**
 * When each enrollment reached each step, read where the facts already are: the first link from links, the
 * first accepted click from clicks, the first lead or sale that still counts from conversions (each the first
 * row of its (enrollment, time) index, so an affiliate in many programs costs a few index probes per program),
 * and the opened and ticked steps from onboarding_progress (with the first link's time once links were deleted). A click or conversion counted in enrollment_totals
 * whose row is gone (clicks are kept 13 months) is reached with no time.
 */
export async function readReachedSteps({
  ctx,
  input,
}: ServiceCall<{ enrollmentIds: string[] }>): Promise<ReachedSteps> {
  const reached: ReachedSteps = new Map(input.enrollmentIds.map((id) => [id, new Map()]));
  if (input.enrollmentIds.length === 0) return reached;
  const ids = sql`${sql.param(input.enrollmentIds)}::uuid[]`;
  const facts = await ctx.db.execute(sql`
    SELECT e.id AS enrollment_id,
      (SELECT min(l.created_at) FROM affiliate.links l WHERE l.enrollment_id = e.id) AS link_at,
      (SELECT c.clicked_at FROM affiliate.clicks c
        WHERE c.enrollment_id = e.id AND c.status = 'accepted' AND c.clicked_at >= e.created_at - interval '1 day'
        ORDER BY c.clicked_at LIMIT 1) AS click_at,
      (SELECT v.occurred_at FROM affiliate.conversions v
        WHERE v.enrollment_id = e.id AND v.event_type IN ('lead', 'sale') AND v.status NOT IN ('rejected', 'reversed')
        ORDER BY v.occurred_at LIMIT 1) AS conversion_at,
      coalesce(t.clicks, 0) > 0 AS clicked,
      coalesce(t.conversions, 0) > 0 AS converted
    FROM affiliate.enrollments e
    LEFT JOIN affiliate.enrollment_totals t ON t.enrollment_id = e.id
    WHERE e.id = ANY(${ids})`);
  for (const row of facts.rows as Record<string, unknown>[]) {
    const steps = reached.get(String(row.enrollment_id));
    if (!steps) continue;
    if (row.link_at) steps.set('link', at(row.link_at));
    if (row.click_at || row.clicked) steps.set('click', at(row.click_at));
    if (row.conversion_at || row.converted) steps.set('conversion', at(row.conversion_at));
  }
  const marks = await ctx.db.execute(sql`
    SELECT enrollment_id, step_id, reached_at FROM affiliate.onboarding_progress WHERE enrollment_id = ANY(${ids})`);
  for (const row of marks.rows as Record<string, unknown>[]) {
    const steps = reached.get(String(row.enrollment_id));
    const when = at(row.reached_at);
    const known = steps?.get(String(row.step_id));
    // A link kept on deletion (keepFirstLink) and links made since: the earlier time wins.
    if (steps && !(known && when && known < when)) steps.set(String(row.step_id), when);
  }
  return reached;
}
