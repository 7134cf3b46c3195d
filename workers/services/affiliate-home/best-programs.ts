import { inArray } from 'drizzle-orm';
import { programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { affiliateScope } from '../access';
import { runAffiliateReport } from '../stats';

export interface BestProgram {
  organizationId: string;
  programId: string;
  programName: string;
  clicks: number;
  leads: number;
  sales: number;
  /** Your own commissions per currency (level 0), as the stats report gives them. */
  earnings: { currency: string; amountMinor: number }[];
}

/** The request's advertiser's programs that brought the affiliate the most clicks in the period, from the stats rollups. */
export async function readBestPrograms({
  ctx,
  input,
}: ServiceCall<{ timeZone: string; from: string; to: string; limit: number }>): Promise<BestProgram[]> {
  const { organizationId } = affiliateScope(ctx);
  const report = await runAffiliateReport({
    ctx,
    input: {
      query: {
        from: input.from,
        to: input.to,
        tz: input.timeZone,
        granularity: 'total',
        groupBy: 'program',
        sort: 'clicks',
        limit: input.limit,
      },
    },
  });
  const rows = report.rows.filter((r) => r.dimensions.program);
  if (rows.length === 0) return [];
  const names = new Map(
    (
      await ctx.db
        .select({ id: programs.id, name: programs.name })
        .from(programs)
        .where(
          inArray(
            programs.id,
            rows.map((r) => r.dimensions.program as string),
          ),
        )
    ).map((p) => [p.id, p.name]),
  );
  return rows
    .map((r) => ({
      organizationId,
      programId: r.dimensions.program as string,
      programName: names.get(r.dimensions.program as string) ?? '',
      clicks: r.metrics.clicks ?? 0,
      leads: r.metrics.leads ?? 0,
      sales: r.metrics.sales ?? 0,
      earnings: r.money.map((m) => ({ currency: m.currency, amountMinor: m.payoutMinor })),
    }))
    .filter((p) => p.clicks + p.leads + p.sales > 0 || p.earnings.some((e) => e.amountMinor !== 0));
}
