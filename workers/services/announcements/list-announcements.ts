import { and, desc, eq, lt } from 'drizzle-orm';
import { type ProgramAnnouncement, programAnnouncements } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';

/** The advertiser's announcements, newest first (a page of `limit`, one more to tell if there is a next). */
export function listAnnouncements({
  ctx,
  input,
}: ServiceCall<{ limit: number; cursor?: string | undefined }>): Promise<ProgramAnnouncement[]> {
  const { organizationId } = actingAdvertiser(ctx);
  return ctx.db
    .select()
    .from(programAnnouncements)
    .where(
      and(
        eq(programAnnouncements.organizationId, organizationId),
        input.cursor ? lt(programAnnouncements.id, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(programAnnouncements.id))
    .limit(input.limit + 1);
}
