import { and, desc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { enrollments, organizations, programAnnouncements, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actorId } from '../access';

export interface MyAnnouncement {
  id: string;
  organizationId: string;
  advertiserName: string;
  programId: string | null;
  programName: string | null;
  title: string;
  body: string;
  publishedAt: Date;
}

/**
 * What the signed-in affiliate may read from these advertisers, newest first: announcements of programs
 * it is active in, and org-wide ones of advertisers it is active with. Applicants and ended enrollments
 * see nothing.
 */
export async function listMyAnnouncements({
  ctx,
  input,
}: ServiceCall<{ organizationIds: string[]; limit: number }>): Promise<MyAnnouncement[]> {
  if (input.organizationIds.length === 0) return [];
  const affiliateId = actorId(ctx);
  const active = and(eq(enrollments.affiliateId, affiliateId), eq(enrollments.status, 'active'));
  const activeProgram = sql`${programAnnouncements.programId} IN (SELECT ${enrollments.programId} FROM ${enrollments} WHERE ${active})`;
  const activeAdvertiser = sql`${programAnnouncements.organizationId} IN (SELECT ${enrollments.organizationId} FROM ${enrollments} WHERE ${active})`;
  return ctx.db
    .select({
      id: programAnnouncements.id,
      organizationId: programAnnouncements.organizationId,
      advertiserName: organizations.name,
      programId: programAnnouncements.programId,
      programName: programs.name,
      title: programAnnouncements.title,
      body: programAnnouncements.body,
      publishedAt: programAnnouncements.publishedAt,
    })
    .from(programAnnouncements)
    .innerJoin(organizations, eq(organizations.id, programAnnouncements.organizationId))
    .leftJoin(programs, eq(programs.id, programAnnouncements.programId))
    .where(
      and(
        inArray(programAnnouncements.organizationId, input.organizationIds),
        lte(programAnnouncements.publishedAt, ctx.now),
        or(and(isNull(programAnnouncements.programId), activeAdvertiser), activeProgram),
      ),
    )
    .orderBy(desc(programAnnouncements.publishedAt), desc(programAnnouncements.id))
    .limit(input.limit);
}
