import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { affiliateScope } from '../access';
import { form1099Payees } from './form-1099-payees';

/**
 * The years the affiliate is a 1099-NEC payee of the advertiser it works in, with box 1, past years
 * only (a year's form exists once it ended). A year whose threshold staff have not set is left out.
 */
export async function listMyForm1099s({ ctx }: ServiceCall<void>): Promise<{ year: number; amountMinor: number }[]> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const years = await ctx.db.execute(sql`
    SELECT DISTINCT extract(year FROM i.paid_at AT TIME ZONE 'UTC')::int AS year
    FROM affiliate.payout_items i
    WHERE i.organization_id = ${organizationId} AND i.affiliate_id = ${affiliateId} AND i.status = 'success'
      AND i.currency = 'USD' AND i.paid_at < ${new Date(Date.UTC(ctx.now.getUTCFullYear(), 0, 1))}
    ORDER BY 1 DESC`);
  const out: { year: number; amountMinor: number }[] = [];
  for (const { year } of years.rows as { year: number }[]) {
    try {
      const y = await form1099Payees({ ctx, input: { organizationId, year, affiliateId } });
      if (y.payees[0]) out.push({ year, amountMinor: y.payees[0].amountMinor });
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'form_1099_threshold_unset')) throw err;
    }
  }
  return out;
}
