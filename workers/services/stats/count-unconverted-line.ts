import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';

/**
 * Adds a level-0 line that no conversion carries (a bounty's bonus) to its enrollment's lifetime
 * earnings, which the conversion rollups move only for lines of conversions. A delta, not a
 * recount, so a refresh of the same enrollment running at once adds its own on top instead of
 * overwriting this one. Call it in the transaction that writes the line.
 */
export async function countUnconvertedLine({
  ctx,
  input,
}: ServiceCall<{ enrollmentId: string; amountMinor: number; currency: string }>): Promise<void> {
  await ctx.db.execute(sql`
    INSERT INTO affiliate.enrollment_totals AS t (enrollment_id, organization_id, program_id, affiliate_id, earnings_minor, currency)
    SELECT e.id, e.organization_id, e.program_id, e.affiliate_id, ${input.amountMinor}, ${input.currency}
    FROM affiliate.enrollments e WHERE e.id = ${input.enrollmentId}
    ON CONFLICT (enrollment_id) DO UPDATE SET earnings_minor = t.earnings_minor + excluded.earnings_minor,
      currency = coalesce(t.currency, excluded.currency), updated_at = now()`);
}
