import type { PayoutRail } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { type NextPayout, nextPayout } from '../../domain/next-payout';
import { resolveStatsRange } from '../../domain/stats-range';
import { canonicalTimeZone } from '../../domain/stats-time-zone';
import type { ServiceContext } from '../../context';
import { actorId } from '../access';
import { listMyBalances } from '../finance';
import { readPayoutReadiness } from '../payouts';
import { type BestLink, readBestLinks } from './best-links';
import { balanceKey, readPayoutPrograms } from './payout-programs';
import { type HomeAnnouncement, readHomeAnnouncements } from './home-announcements';
import { type BestProgram, readBestPrograms } from './best-programs';
import { type HomeConversion, readLatestConversions } from './latest-conversions';
import { readMonthEarnings } from './month-earnings';
import { homePeriods } from './period';
import { type HomeChecklist, readChecklist } from './read-checklist';

/**
 * The request's context moved into one advertiser's affiliate tenant, so the verbs of that context (stats,
 * links, conversions) answer for it. Only for advertisers the affiliate has joined: the callers take them
 * from listMyAdvertisers or from the request's own tenant.
 */
const inAdvertiser = (ctx: ServiceContext, organizationId: string): ServiceContext => ({
  ...ctx,
  tenant: { kind: 'affiliate', organizationId, affiliateId: actorId(ctx) },
});

/** Rows per list on the home. */
const TOP = 5;
const ANNOUNCEMENTS = 10;

/** One currency's money across the advertisers the home covers (never summed across currencies). */
export interface HomeMoney {
  currency: string;
  /** Every live line: on hold, disputed, approved, in payout and paid, adjustments included. */
  earnedMinor: number;
  /** Own traffic and recruits' alike (every level), as the Stats page's earnings; the recruits' part apart. */
  thisMonthMinor: number;
  thisMonthRecruitsMinor: number;
  lastMonthMinor: number;
  lastMonthRecruitsMinor: number;
  holdMinor: number;
  approvedMinor: number;
  inPayoutMinor: number;
  paidMinor: number;
}

export interface HomePayout extends NextPayout {
  organizationId: string;
  currency: string;
  /** The rail the affiliate chose with the advertiser, when the balance is payable (else null). */
  rail: PayoutRail | null;
  availableMinor: number;
  payoutMinimumMinor: number | null;
}

export interface AffiliateHome {
  timeZone: string;
  /** The period of the best links and programs: the last 30 local days, today included. */
  period: { from: Date; to: Date };
  money: HomeMoney[];
  payouts: HomePayout[];
  bestPrograms: BestProgram[];
  bestLinks: BestLink[];
  latestConversions: HomeConversion[];
  checklist: HomeChecklist;
  announcements: HomeAnnouncement[];
}

/**
 * The affiliate's home over the given advertisers (one, or every one it has joined): balances and the
 * next payout from the finance area's balance query, month earnings and best programs from the stats
 * rollups, best links and conversions from the links and conversions areas, each advertiser read in
 * its own affiliate context and merged here per currency.
 */
export async function buildHome({
  ctx,
  input,
}: ServiceCall<{ organizationIds: string[]; tz: string }>): Promise<AffiliateHome> {
  const timeZone = canonicalTimeZone(input.tz);
  const periods = homePeriods(timeZone, ctx.now);
  const range = resolveStatsRange({ ...periods.recent, timeZone, granularity: 'day', now: ctx.now });
  const orgs = new Set(input.organizationIds);
  const balances = (await listMyBalances({ ctx, input: {} })).filter((b) => orgs.has(b.organizationId));
  const payoutPrograms = await readPayoutPrograms({ ctx, input: { organizationIds: input.organizationIds } });
  const money = new Map<string, HomeMoney>();
  const moneyOf = (currency: string) => {
    const found = money.get(currency);
    if (found) return found;
    const fresh = {
      currency,
      earnedMinor: 0,
      thisMonthMinor: 0,
      thisMonthRecruitsMinor: 0,
      lastMonthMinor: 0,
      lastMonthRecruitsMinor: 0,
      holdMinor: 0,
      approvedMinor: 0,
      inPayoutMinor: 0,
      paidMinor: 0,
    };
    money.set(currency, fresh);
    return fresh;
  };
  for (const b of balances) {
    const m = moneyOf(b.currency);
    m.earnedMinor += b.holdMinor + b.disputedMinor + b.approvedMinor + b.inPayoutMinor + b.paidMinor;
    m.holdMinor += b.holdMinor;
    m.approvedMinor += b.approvedMinor;
    m.inPayoutMinor += b.inPayoutMinor;
    m.paidMinor += b.paidMinor;
  }
  const payouts: HomePayout[] = [];
  for (const b of balances) {
    const facts = {
      inPayoutMinor: b.inPayoutMinor,
      availableMinor: b.availableMinor,
      payoutMinimumMinor: b.payoutMinimumMinor,
      programs: payoutPrograms.get(balanceKey(b.organizationId, b.currency)) ?? [],
      now: ctx.now,
    };
    const { organizationId, currency, availableMinor, payoutMinimumMinor } = b;
    const shown = { organizationId, currency, availableMinor, payoutMinimumMinor };
    // The rail is asked only where its answer changes the state: a balance that would otherwise be scheduled.
    const promised = nextPayout({ ...facts, methodReady: true });
    if (promised.state !== 'scheduled') {
      payouts.push({ ...shown, rail: null, ...promised });
      continue;
    }
    const method = await readPayoutReadiness({
      ctx,
      input: { organizationId, affiliateId: actorId(ctx), currency },
    });
    payouts.push({
      ...shown,
      rail: method.rail,
      ...nextPayout({ ...facts, methodReady: method.ready }),
    });
  }
  const bestPrograms: BestProgram[] = [];
  const bestLinks: BestLink[] = [];
  const latestConversions: HomeConversion[] = [];
  // One advertiser after another: a request holds one database connection.
  for (const organizationId of input.organizationIds) {
    const orgCtx = inAdvertiser(ctx, organizationId);
    for (const e of await readMonthEarnings({ ctx: orgCtx, input: { timeZone, periods } })) {
      const m = moneyOf(e.currency);
      m.thisMonthMinor += e.thisMonthMinor;
      m.thisMonthRecruitsMinor += e.thisMonthRecruitsMinor;
      m.lastMonthMinor += e.lastMonthMinor;
      m.lastMonthRecruitsMinor += e.lastMonthRecruitsMinor;
    }
    bestPrograms.push(...(await readBestPrograms({ ctx: orgCtx, input: { timeZone, ...periods.recent, limit: TOP } })));
    bestLinks.push(...(await readBestLinks({ ctx: orgCtx, input: { from: range.from, to: range.to, limit: TOP } })));
    latestConversions.push(...(await readLatestConversions({ ctx: orgCtx, input: { limit: TOP } })));
  }
  const byTraffic = (a: { clicks: number; leads: number; sales: number }, b: typeof a) =>
    b.clicks - a.clicks || b.leads + b.sales - (a.leads + a.sales);
  return {
    timeZone,
    period: { from: range.from, to: range.to },
    money: [...money.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    payouts,
    bestPrograms: bestPrograms.sort(byTraffic).slice(0, TOP),
    bestLinks: bestLinks.sort(byTraffic).slice(0, TOP),
    latestConversions: latestConversions
      .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || b.id.localeCompare(a.id))
      .slice(0, TOP),
    checklist: await readChecklist({ ctx, input: { organizationIds: input.organizationIds } }),
    announcements: await readHomeAnnouncements({
      ctx,
      input: { organizationIds: input.organizationIds, limit: ANNOUNCEMENTS },
    }),
  };
}
