import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { arrayLiteral } from '../../db/array-literal';
import { preparedStatement } from '../../db/execute-prepared';
import { lastClickInGrace, usageMonth } from '../../domain/plan-limits';

/** One organization's click limit and how many clicks of a month it has used before this batch. */
export interface ClickAllowance {
  organizationId: string;
  month: string;
  allowed: number;
  used: number;
}

/** One organization's month, as allowances and the remembered counters key it. */
export const monthKey = (organizationId: string, month: string) => `${organizationId}|${month}`;

const selectAllowances = preparedStatement<'months' | 'orgs'>(
  'click_allowances',
  (slot) => sql`
    SELECT o.id AS organization_id, m.month::text AS month, p.max_clicks_monthly AS allowed, coalesce(u.clicks, 0) AS used
    FROM affiliate.organizations o
    JOIN affiliate.plans p ON p.id = o.plan_id
    CROSS JOIN unnest(${slot('months')}::date[]) AS m(month)
    LEFT JOIN affiliate.plan_click_usage u ON u.organization_id = o.id AND u.month = m.month
    WHERE o.id = ANY(${slot('orgs')}::uuid[]) AND p.max_clicks_monthly IS NOT NULL`,
);

/**
 * The click limits and month counters of the organizations in a batch, in one query (the only
 * one plan enforcement adds to ingest): organizations on unlimited plans return no row.
 */
export async function loadClickAllowances({
  ctx,
  input: { clicks },
}: ServiceCall<{ clicks: { organizationId: string; at: string }[] }>): Promise<Map<string, ClickAllowance>> {
  const orgs = [...new Set(clicks.map((c) => c.organizationId))];
  const months = [...new Set(clicks.map((c) => usageMonth(c.at)))];
  const out = new Map<string, ClickAllowance>();
  if (orgs.length === 0) return out;
  const result = await selectAllowances(ctx.db, { months: arrayLiteral(months), orgs: arrayLiteral(orgs) });
  for (const r of result.rows as { organization_id: string; month: string; allowed: string; used: string }[])
    out.set(monthKey(r.organization_id, r.month), {
      organizationId: r.organization_id,
      month: r.month,
      allowed: Number(r.allowed),
      used: Number(r.used),
    });
  return out;
}

/**
 * Which of a batch's accepted clicks are over the plan: counting each organization's month from
 * its stored counter, in batch order, a click past the limit plus the grace margin is over. Two
 * batches of one tenant ingested at once both start from the same counter, so the cut is
 * approximate by at most a batch, like unique clicks.
 */
export function overPlanClicks(
  clicks: ({ organizationId: string; at: string } | null)[],
  allowances: Map<string, ClickAllowance>,
  gracePercent: number,
): boolean[] {
  const counted = new Map<string, number>();
  return clicks.map((c) => {
    if (!c) return false;
    const k = monthKey(c.organizationId, usageMonth(c.at));
    const allowance = allowances.get(k);
    if (!allowance) return false;
    const n = (counted.get(k) ?? allowance.used) + 1;
    counted.set(k, n);
    return n > lastClickInGrace(allowance.allowed, gracePercent);
  });
}
