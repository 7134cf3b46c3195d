import { effectiveDiscount } from '../../domain/discount-terms';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { apps, enrollments, programGroups, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { effectiveTerms } from '../../domain/commission-terms';
import type { RewardRule } from '../../domain/reward-rules';
import { myRewardRules, ruleAppIds } from '../../domain/affiliate-reward-rules';
import { periodEnd, periodStart, type SpendLimit } from '../../domain/spend-limits';
import { affiliateProgramTerms } from '../programs';
import { earnedInPeriods } from './earned-in-periods';
import { affiliateScope } from '../access';

/**
 * The signed-in affiliate's enrollments with one advertiser, with its partner group (what its members are
 * shown of it) and the terms that apply to it term by term (its own override, else its group's, else the
 * program's: what its next events earn), its group's spend limits with what it earned so far in each one's
 * current period, and the landing configuration its links need; nothing else of the program.
 */
export async function listMyEnrollments({ ctx }: ServiceCall<void>) {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const rows = await ctx.db
    .select({
      enrollment: enrollments,
      program: {
        ...affiliateProgramTerms,
        status: programs.status,
        landingUrl: programs.landingUrl,
        landingUrls: programs.landingUrls,
        allowedDomains: programs.allowedDomains,
        leaderboard: programs.leaderboard,
      },
      programVersion: programs.version,
      programDiscount: programs.discount,
      group: programGroups,
      appName: apps.name,
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .innerJoin(apps, eq(apps.id, programs.appId))
    .innerJoin(programGroups, eq(programGroups.id, enrollments.groupId))
    .where(and(eq(enrollments.organizationId, organizationId), eq(enrollments.affiliateId, affiliateId)))
    .orderBy(desc(enrollments.id));
  // The rules may name apps by id; the affiliate reads their names, and only those of its advertiser.
  const appIds = [...new Set(rows.flatMap(({ group }) => ruleAppIds(group.rewardRules as RewardRule[])))];
  const appNames =
    appIds.length === 0
      ? []
      : await ctx.db
          .select({ id: apps.id, name: apps.name })
          .from(apps)
          .where(and(eq(apps.organizationId, organizationId), inArray(apps.id, appIds)));
  // Each limit of the member's group with what the member earned in its current period (their own lines only).
  const limitsOf = async (enrollmentId: string, limits: SpendLimit[]) => {
    if (limits.length === 0) return [];
    const now = ctx.now;
    const earned = new Map<string, number>();
    for (const currency of new Set(limits.map((l) => l.currency))) {
      const mine = limits.filter((l) => l.currency === currency);
      const sums = await earnedInPeriods({
        ctx,
        input: { enrollmentId, currency, at: now, excludeConversionId: null, periods: mine.map((l) => l.period) },
      });
      for (const l of mine) earned.set(`${l.period}:${currency}`, sums.get(l.period) ?? 0);
    }
    return limits.map((l) => {
      const start = periodStart(l.period, now);
      return {
        ...l,
        periodStart: start?.toISOString() ?? null,
        periodEnd: start ? periodEnd(l.period, start).toISOString() : null,
        earnedMinor: earned.get(`${l.period}:${l.currency}`) ?? 0,
      };
    });
  };
  const limits = await Promise.all(
    rows.map(({ enrollment, group }) => limitsOf(enrollment.id, group.spendLimits as SpendLimit[])),
  );
  return rows.map(({ programVersion, programDiscount, group, ...row }, i) => {
    const terms = effectiveTerms({ ...row.program, version: programVersion }, row.enrollment, group);
    const rewardRules = myRewardRules(terms, group.rewardRules as RewardRule[]);
    const named = new Set(rewardRules.flatMap((rule) => ruleAppIds([rule])));
    return {
      ...row,
      group: {
        id: group.id,
        name: group.name,
        color: group.color,
        description: group.description,
        rewardRules,
        apps: appNames.filter((app) => named.has(app.id)),
        spendLimits: limits[i]!,
      },
      terms,
      // What the affiliate's audience gets: the group's discount over the program's.
      discount: effectiveDiscount(programDiscount, group.discount),
    };
  });
}

export type MyEnrollmentRow = Awaited<ReturnType<typeof listMyEnrollments>>[number];
