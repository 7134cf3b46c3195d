import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { CLICK_CREDIT_LOOKBACK_DAYS, clickCreditWindow } from '../../domain/click-credit';
import { NONE } from '../rollup-sql';
import { creditClickDay } from './credit-click-day';

export interface CreditClickCommissionsInput {
  /** At most this many enrollment-days per run; the next run takes the rest. */
  limit: number;
  /** Closed UTC days before yesterday still settled for late clicks; CLICK_CREDIT_LOOKBACK_DAYS by default. */
  lookbackDays?: number;
}

/**
 * The hourly CPC credit: for every enrollment of a CPC program with a non-zero rate, each closed
 * UTC day of the window whose rollup counts more accepted unique clicks than its credits paid
 * earns the difference (creditClickDay). Refused clicks (caps, bots, geo…) are never in the
 * count. Idempotent and safe to run concurrently.
 */
export async function creditClickCommissions({
  ctx,
  input,
}: ServiceCall<CreditClickCommissionsInput>): Promise<{ days: number; clicks: number }> {
  const window = clickCreditWindow(ctx.now, input.lookbackDays ?? CLICK_CREDIT_LOOKBACK_DAYS);
  const due = await ctx.db.execute<{ enrollment_id: string; day: string }>(sql`
    SELECT d.enrollment_id, to_char(d.day AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day
    FROM affiliate.programs p
    JOIN affiliate.click_enrollment_daily d
      ON d.organization_id = p.organization_id AND d.program_id = p.id
      AND d.day >= ${window.from} AND d.day < ${window.to} AND d.enrollment_id <> ${NONE}
    JOIN affiliate.enrollments e ON e.id = d.enrollment_id
    WHERE p.payout_model = 'cpc' AND coalesce(e.fixed_override_minor, p.commission_fixed_minor) > 0
      AND d.unique_clicks > (
        SELECT coalesce(sum((v.metadata->>'clicks')::bigint), 0) FROM affiliate.conversions v
        WHERE v.enrollment_id = d.enrollment_id AND v.occurred_at = d.day AND v.event_type = 'click')
    ORDER BY d.day, d.enrollment_id
    LIMIT ${input.limit}`);
  let days = 0;
  let clicks = 0;
  let failed = 0;
  for (const row of due.rows) {
    const target = { enrollmentId: row.enrollment_id, day: new Date(`${row.day}T00:00:00.000Z`) };
    try {
      const credited = await creditClickDay({ ctx, input: { target } });
      if (credited > 0) {
        days++;
        clicks += credited;
      }
    } catch (error) {
      // One bad enrollment-day must not hold back the others; the run still fails at the end.
      failed++;
      ctx.log.error('click_credit_failed', { enrollmentId: row.enrollment_id, day: row.day, error });
    }
  }
  if (days > 0) ctx.log.info('click_commissions_credited', { days, clicks });
  if (failed > 0) throw new Error(`${failed} enrollment-day click credit(s) failed`);
  return { days, clicks };
}
