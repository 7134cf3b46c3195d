import type { ServiceCall } from '../../context';
import { parseStatsReportRequest, type StatsReportQuery } from '../../domain/stats-request';
import { affiliateScope } from '../access';
import { affiliateMoney, buildReport } from './build-report';
import { readEarningsByLevel } from './report-storage';
import type { AffiliateReport } from './types';

/**
 * The affiliate's own traffic in one advertiser's context: its clicks, conversions and level-0
 * payout per row, plus its earnings per level. Revenue is never read.
 */
export async function runAffiliateReport({
  ctx,
  input,
}: ServiceCall<{ query: Omit<StatsReportQuery, 'affiliate'> }>): Promise<AffiliateReport> {
  const scope = affiliateScope(ctx);
  const req = parseStatsReportRequest(input.query, 'affiliate', ctx.now);
  const report = await buildReport({
    ctx,
    input: { req, scope, options: { withRevenue: false, money: affiliateMoney } },
  });
  const period = { from: req.range.from, to: req.range.to, shift: { days: 0, seconds: 0 } };
  return { ...report, earningsByLevel: await readEarningsByLevel({ ctx, input: { req, scope, period } }) };
}
