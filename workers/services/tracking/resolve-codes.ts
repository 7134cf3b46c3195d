import { eq, inArray } from 'drizzle-orm';
import { enrollments, links, programs } from '../../../schema';
import type { ServiceContext } from '../../context';
import type { ResolvedCode } from '../../domain/click-status';

const columns = {
  enrollmentId: enrollments.id,
  enrollmentStatus: enrollments.status,
  affiliateId: enrollments.affiliateId,
  programId: programs.id,
  programStatus: programs.status,
  organizationId: programs.organizationId,
  appId: programs.appId,
};

/** Ref codes (form 1) and short-link slugs (form 3) the edge could not resolve, from Postgres. */
export async function resolveCodes(ctx: ServiceContext, input: { refCodes: string[]; slugs: string[] }): Promise<{ byRefCode: Map<string, ResolvedCode>; bySlug: Map<string, ResolvedCode> }> {
  const [byCode, bySlug] = await Promise.all([
    input.refCodes.length === 0
      ? []
      : ctx.db.select({ key: enrollments.refCode, ...columns }).from(enrollments).innerJoin(programs, eq(programs.id, enrollments.programId)).where(inArray(enrollments.refCode, input.refCodes)),
    input.slugs.length === 0
      ? []
      : ctx.db
          .select({ key: links.slug, linkId: links.id, ...columns })
          .from(links)
          .innerJoin(enrollments, eq(enrollments.id, links.enrollmentId))
          .innerJoin(programs, eq(programs.id, links.programId))
          .where(inArray(links.slug, input.slugs)),
  ]);
  return {
    byRefCode: new Map(byCode.map(({ key, ...code }) => [key, { ...code, linkId: null }])),
    bySlug: new Map(bySlug.map(({ key, ...code }) => [key, code])),
  };
}
