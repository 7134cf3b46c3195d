import { and, desc, eq } from 'drizzle-orm';
import { apps, enrollments, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { affiliateProgramTerms } from '../programs';
import { affiliateScope } from '../access';

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
        ...affiliateProgramTerms,
        status: programs.status,
        landingUrl: programs.landingUrl,
        landingUrls: programs.landingUrls,
        allowedDomains: programs.allowedDomains,
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
