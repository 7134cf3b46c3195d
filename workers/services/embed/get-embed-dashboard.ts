import { and, eq } from 'drizzle-orm';
import { enrollments, organizations, programs, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { qrCodeSvgDataUrl } from '../../domain/qr-code-svg';
import { addDays, localDateOf } from '../../domain/stats-time-zone';
import { trackingLinkForms } from '../../domain/tracking-links';
import { AppError, NotFoundError } from '../../errors/app-error';
import { findCurrentTerms } from '../applications';
import { listMyBalances } from '../finance';
import { type Leaderboard, type LeaderboardSettings, readLeaderboard } from '../leaderboards';
import { listMyPayouts } from '../payouts';
import { runAffiliateReport } from '../stats';
import { accountIsClaimed } from './account-claimed';
import type { EmbedSession } from './embed-session';
import { embedAffiliateContext, findAppUser } from './find-app-user';

/** Payout rows the embed lists: the latest few, the portal has the rest. */
const PAYOUTS = 10;
/** The stats period: the last 30 days, today included (UTC, the embed knows no time zone). */
const PERIOD_DAYS = 30;

export type EmbedProgram = Pick<
  typeof programs.$inferSelect,
  | 'id'
  | 'name'
  | 'description'
  | 'currency'
  | 'payoutModel'
  | 'commissionType'
  | 'commissionRateBps'
  | 'commissionFixedMinor'
  | 'recurringMode'
  | 'recurringMonths'
  | 'holdDays'
  | 'cookieDays'
  | 'version'
>;

export interface EmbedAccount {
  enrollmentStatus: string;
  refCode: string;
  couponCode: string | null;
  /** Null unless the enrollment is active: a suspended affiliate has no link to share. */
  referralLink: string | null;
  /** The referral link as a QR code (an SVG image data URL), null with the link. */
  referralQr: string | null;
  stats: {
    from: string;
    to: string;
    clicks: number;
    leads: number;
    sales: number;
    earnings: { currency: string; amountMinor: number }[];
  };
  balances: Awaited<ReturnType<typeof listMyBalances>>;
  payouts: Awaited<ReturnType<typeof listMyPayouts>>;
  /** Null (and not verified) when the account is also the person's own: the embed does not show it then. */
  paypalEmail: string | null;
  paypalVerified: boolean;
  /** The account is also the person's own (account-claimed.ts): its payout address is set on the portal only. */
  payoutInAccount: boolean;
  /** The program's board when the advertiser turned one on and the enrollment is active; else null. */
  leaderboard: Leaderboard | null;
}

export interface EmbedDashboard {
  advertiserName: string;
  program: EmbedProgram;
  /**
   * The program's published terms (their latest version) in the embed's language, or null when it has none:
   * then there is nothing to accept but the program's conditions (program.version, its settings version).
   */
  terms: { version: number; body: string } | null;
  /** Null until the user accepts the program's terms (then the account and the enrollment exist). */
  account: EmbedAccount | null;
}

/** Everything the embedded dashboard shows, for the session's user in the session's program only. */
export async function getEmbedDashboard({ ctx, input: session }: ServiceCall<EmbedSession>): Promise<EmbedDashboard> {
  const [row] = await ctx.db
    .select({
      advertiserName: organizations.name,
      program: {
        id: programs.id,
        name: programs.name,
        description: programs.description,
        currency: programs.currency,
        payoutModel: programs.payoutModel,
        commissionType: programs.commissionType,
        commissionRateBps: programs.commissionRateBps,
        commissionFixedMinor: programs.commissionFixedMinor,
        recurringMode: programs.recurringMode,
        recurringMonths: programs.recurringMonths,
        holdDays: programs.holdDays,
        cookieDays: programs.cookieDays,
        version: programs.version,
        landingUrl: programs.landingUrl,
        leaderboard: programs.leaderboard,
      },
    })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .where(and(eq(programs.id, session.programId), eq(programs.appId, session.appId)));
  if (!row) throw new NotFoundError('program', session.programId);
  const { landingUrl, leaderboard, ...program } = row.program;
  const userId = await findAppUser({ ctx, input: session });
  const account = userId
    ? await readAccount(ctx, session, userId, { landingUrl, currency: program.currency, leaderboard })
    : null;
  const current = await findCurrentTerms({ ctx, input: { programId: session.programId } });
  const terms = current && {
    version: current.version,
    body: session.theme.locale === 'ru' && current.bodyRu ? current.bodyRu : current.bodyEn,
  };
  return { advertiserName: row.advertiserName, program, terms, account };
}

async function readAccount(
  base: Parameters<typeof getEmbedDashboard>[0]['ctx'],
  session: EmbedSession,
  userId: string,
  {
    landingUrl,
    currency,
    leaderboard,
  }: { landingUrl: string; currency: string; leaderboard: LeaderboardSettings | null },
): Promise<EmbedAccount | null> {
  const ctx = embedAffiliateContext({ ctx: base, input: { session, userId } });
  const [me] = await ctx.db
    .select({ paypalEmail: users.paypalEmail, verifiedAt: users.paypalEmailVerifiedAt, banned: users.banned })
    .from(users)
    .where(eq(users.id, userId));
  if (!me || me.banned) throw new AppError('forbidden', 'This account is suspended');
  const [enrollment] = await ctx.db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.programId, session.programId), eq(enrollments.affiliateId, userId)));
  // An account made in another program of the app: this program's terms are still to accept.
  if (!enrollment) return null;
  const to = localDateOf('UTC', ctx.now);
  const from = addDays(to, -(PERIOD_DAYS - 1));
  const report = await runAffiliateReport({
    ctx,
    input: { query: { from, to, tz: 'UTC', granularity: 'total', limit: 1, program: session.programId } },
  });
  const total = report.rows[0];
  const referralLink =
    enrollment.status === 'active'
      ? trackingLinkForms({
          trackingOrigin: ctx.config.APP_BASE_URL,
          landingUrl,
          refCode: enrollment.refCode,
          programId: session.programId,
          affiliateId: userId,
        }).affPath
      : null;
  const board =
    leaderboard && enrollment.status === 'active'
      ? await readLeaderboard({ ctx, input: { enrollment, program: { currency, leaderboard } } })
      : null;
  const claimed = await accountIsClaimed({ ctx, input: { session, userId } });
  const balances = await listMyBalances({ ctx, input: {} });
  const payouts = await listMyPayouts({ ctx, input: { limit: PAYOUTS } });
  return {
    enrollmentStatus: enrollment.status,
    refCode: enrollment.refCode,
    couponCode: enrollment.couponCode,
    referralLink,
    referralQr: referralLink && qrCodeSvgDataUrl(referralLink),
    stats: {
      from,
      to,
      clicks: total?.metrics.clicks ?? 0,
      leads: total?.metrics.leads ?? 0,
      sales: total?.metrics.sales ?? 0,
      earnings: (total?.money ?? []).map((m) => ({ currency: m.currency, amountMinor: m.payoutMinor })),
    },
    balances: balances.filter((b) => b.organizationId === session.organizationId),
    payouts: payouts.slice(0, PAYOUTS),
    paypalEmail: claimed ? null : me.paypalEmail,
    paypalVerified: !claimed && Boolean(me.verifiedAt),
    payoutInAccount: claimed,
    leaderboard: board,
  };
}
