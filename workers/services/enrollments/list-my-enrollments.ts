import { and, desc, eq } from 'drizzle-orm';
import { apps, enrollments, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { affiliateScope } from '../tenant-scope';

/**
 * The signed-in affiliate's enrollments with one advertiser, with the program terms that apply to
 * it (overrides included) and the landing configuration its links need; nothing else of the program.
 */
export async function listMyEnrollments({ ctx }: ServiceCall<void>) {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  return ctx.db
    .select({
      enrollment: enrollments,
      program: {
        id: programs.id,
        name: programs.name,
        status: programs.status,
        payoutModel: programs.payoutModel,
        commissionType: programs.commissionType,
        commissionRateBps: programs.commissionRateBps,
        commissionFixedMinor: programs.commissionFixedMinor,
        currency: programs.currency,
        recurringMode: programs.recurringMode,
        recurringMonths: programs.recurringMonths,
        recurringRateBps: programs.recurringRateBps,
        holdDays: programs.holdDays,
        cookieDays: programs.cookieDays,
        landingUrl: programs.landingUrl,
        landingUrls: programs.landingUrls,
        allowedDomains: programs.allowedDomains,
        onboardingBrief: programs.onboardingBrief,
        goals: programs.goals,
      },
      appName: apps.name,
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .innerJoin(apps, eq(apps.id, programs.appId))
    .where(and(eq(enrollments.organizationId, organizationId), eq(enrollments.affiliateId, affiliateId)))
    .orderBy(desc(enrollments.id));
}

export type MyEnrollmentRow = Awaited<ReturnType<typeof listMyEnrollments>>[number];
