import type { ServiceContext } from '../context';
import { downgradeLapsedSubscriptions } from '../services/plan-billing';
import { runCampaigns } from '../services/campaigns';
import { creditClickCommissions, sweepWaitingConversions, sweepWaitingRefunds } from '../services/conversions';
import { syncStripeDiscounts } from '../services/discounts';
import { pollDomains, releaseClosedDomains, releaseEditionHostnames } from '../services/domains';
import { retryEmails } from '../services/email';
import { notifyBalanceCrossings, releaseHolds } from '../services/finance';
import { advanceImports } from '../services/imports';
import { deliverDueNotifications } from '../services/notifications';
import { dropExpiredClickPartitions, ensureClickPartitions } from '../services/system';
import { deriveClickRollups } from '../services/stats';
import { drainClickSpool, publishClickCounters, rebuildRouting } from '../services/tracking';
import { sweepWorkflows } from '../services/workflows';
import { evaluatePerformanceBounties } from '../services/bounties';
import { PAYOUT_PROPOSAL_CRON } from '../domain/proposal-time';
import { ledgerCheckJob } from './ledger-check-job';
import { pollPayoutResultsJob, proposePayoutsJob, resumePayoutSendsJob } from './payout-jobs';

export type CronJob = (ctx: ServiceContext) => Promise<unknown>;

/** Each Cron Trigger of wrangler.toml and the jobs it runs, in order. */
export const CRON_JOBS: Record<string, Record<string, CronJob>> = {
  '* * * * *': {
    publishClickCounters: (ctx) => publishClickCounters({ ctx, input: undefined }),
    drainClickSpool: (ctx) => drainClickSpool({ ctx, input: undefined }),
    // Sums each passed hour into the advertiser-grain click rollups, so ingest need not write them.
    // CPC reads the daily one: a day credited before it was summed whole is credited the rest later.
    deriveClickRollups: (ctx) => deriveClickRollups({ ctx, input: undefined }),
    sweepWaitingConversions: (ctx) => sweepWaitingConversions({ ctx, input: { limit: 100 } }),
    sweepWaitingRefunds: (ctx) => sweepWaitingRefunds({ ctx, input: { limit: 100 } }),
    resumePayoutSends: resumePayoutSendsJob,
    // Cloudflare verifies within minutes; a domain is checked at most once a minute, 25 per run.
    pollDomains: (ctx) => pollDomains({ ctx, input: { status: 'pending', limit: 25, minIntervalSeconds: 50 } }),
    // Active domains are re-read every 6 hours at most, 5 a minute (up to 7,200 per 6 hours), so one
    // Cloudflare later reports moved, blocked or deleted stops routing and its owners are told.
    recheckActiveDomains: (ctx) =>
      pollDomains({ ctx, input: { status: 'active', limit: 5, minIntervalSeconds: 6 * 3600 } }),
    // Closed organizations' hostnames leave Cloudflare and the tracker; a failure is retried next minute.
    releaseClosedDomains: (ctx) => releaseClosedDomains({ ctx, input: { limit: 25 } }),
    // Branded editions' custom hostnames nobody holds any more (suspended or deleted past the grace period).
    releaseEditionHostnames: (ctx) => releaseEditionHostnames({ ctx, input: { limit: 25 } }),
    // Email and Telegram deliveries whose retry is due (backoff), and outbox emails to resend.
    deliverDueNotifications: (ctx) => deliverDueNotifications({ ctx, input: { limit: 200 } }),
    retryEmails: (ctx) => retryEmails({ ctx, input: { limit: 100 } }),
    // Due scheduled sends start; sending broadcasts and active triggers deliver up to 1,000 recipients each.
    runCampaigns: (ctx) =>
      runCampaigns({ ctx, input: { campaigns: 50, limits: { expand: 5_000, deliver: 1_000, chunk: 100 } } }),
    // Imports a stage at a time: a page read, a chunk planned or written, up to 30 steps a minute.
    advanceImports: (ctx) => advanceImports({ ctx, input: { maxSteps: 30 } }),
    // Referred customers' discounts: coupons and promotion codes in each app's Stripe account.
    syncStripeDiscounts: (ctx) => syncStripeDiscounts({ ctx, input: { limit: 50 } }),
  },
  '*/10 * * * *': {
    pollPayoutResults: pollPayoutResultsJob,
  },
  // 500 × 20 = 10,000 lines an hour at most; a backlog beyond that drains over the next hours.
  '5 * * * *': {
    // Before the hold release, so a credit whose hold is 0 days is approved in the same run.
    creditClickCommissions: (ctx) => creditClickCommissions({ ctx, input: { limit: 5_000 } }),
    releaseHolds: (ctx) => releaseHolds({ ctx, input: { batchSize: 500, maxBatches: 20 } }),
    // Grace periods end on the hour at the latest; a no-op when billing is off.
    downgradeLapsedSubscriptions: (ctx) => downgradeLapsedSubscriptions({ ctx, input: { limit: 500 } }),
    // After the release, which is what lifts approved balances over the payout minimum.
    notifyBalanceCrossings: (ctx) => notifyBalanceCrossings({ ctx, input: undefined }),
    // Program workflows whose windows moved with time (no sale in 90 days), and crossings missed after settlement.
    sweepWorkflows: (ctx) => sweepWorkflows({ ctx, input: { limit: 20_000 } }),
    // Performance bounties: who reached a target, ranked by when they reached it; nothing on the conversion path.
    evaluatePerformanceBounties: (ctx) => evaluatePerformanceBounties({ ctx, input: undefined }),
  },
  '17 3 * * *': {
    ensureClickPartitions: (ctx) => ensureClickPartitions({ ctx, input: { monthsAhead: 3 } }),
    dropExpiredClickPartitions: (ctx) =>
      dropExpiredClickPartitions({ ctx, input: { retentionMonths: ctx.config.CLICK_RETENTION_MONTHS } }),
    rebuildRouting: (ctx) => rebuildRouting({ ctx, input: undefined }),
    ledgerCheck: ledgerCheckJob,
  },
  // After the night's hold releases, so the day's batch carries what became approved.
  [PAYOUT_PROPOSAL_CRON]: {
    proposePayouts: proposePayoutsJob,
  },
};
