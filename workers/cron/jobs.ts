import type { ServiceContext } from '../context';
import { sweepWaitingConversions } from '../services/conversions/sweep-waiting-conversions';
import { dropExpiredClickPartitions } from '../services/system/drop-expired-click-partitions';
import { ensureClickPartitions } from '../services/system/ensure-click-partitions';
import { drainClickSpool } from '../services/tracking/drain-click-spool';
import { publishClickCounters } from '../services/tracking/publish-click-counters';
import { rebuildRouting } from '../services/tracking/rebuild-routing';

export type CronJob = (ctx: ServiceContext) => Promise<unknown>;

/** Each Cron Trigger of wrangler.toml and the jobs it runs, in order. */
export const CRON_JOBS: Record<string, Record<string, CronJob>> = {
  '* * * * *': {
    publishClickCounters: (ctx) => publishClickCounters({ ctx, input: {} }),
    drainClickSpool: (ctx) => drainClickSpool({ ctx, input: {} }),
    sweepWaitingConversions: (ctx) => sweepWaitingConversions({ ctx, input: { limit: 100 } }),
  },
  '17 3 * * *': {
    ensureClickPartitions: (ctx) => ensureClickPartitions({ ctx, input: { monthsAhead: 3 } }),
    dropExpiredClickPartitions: (ctx) => dropExpiredClickPartitions({ ctx, input: { retentionMonths: ctx.config.CLICK_RETENTION_MONTHS } }),
    rebuildRouting: (ctx) => rebuildRouting({ ctx, input: {} }),
  },
};
