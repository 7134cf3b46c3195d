import type { ServiceCall } from '../../context';
import { parseStatsReportRequest, type StatsReportQuery } from '../../domain/stats-request';
import { NotFoundError } from '../../errors/app-error';
import { advertiserMoney, buildReport } from './build-report';
import type { AdvertiserReport } from './types';

export interface RunReportInput {
  query: StatsReportQuery;
  /** Platform staff only: one advertiser instead of all. */
  organizationId?: string | undefined;
}

const PLATFORM_READERS = new Set(['platform_owner', 'platform_admin', 'support']);

/**
 * A report with revenue, payout, profit and ROI: over the request's advertiser under /orgs/:orgId,
 * or across advertisers for platform staff (no tenant on the request).
 */
export async function runReport({ ctx, input }: ServiceCall<RunReportInput>): Promise<AdvertiserReport> {
  let organizationId: string | undefined;
  if (ctx.tenant?.kind === 'advertiser') organizationId = ctx.tenant.organizationId;
  else if (!ctx.tenant && ctx.actor && PLATFORM_READERS.has(ctx.actor.platformRole))
    organizationId = input.organizationId;
  else throw new NotFoundError('organization');
  const audience = ctx.tenant ? 'advertiser' : 'platform';
  const req = parseStatsReportRequest(input.query, audience, ctx.now);
  return buildReport({
    ctx,
    input: {
      req,
      scope: organizationId ? { organizationId } : {},
      options: { withRevenue: true, money: advertiserMoney },
    },
  });
}
