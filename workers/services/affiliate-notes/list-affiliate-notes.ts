import { and, desc, eq } from 'drizzle-orm';
import { affiliateNotes, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { orgAffiliate } from './org-affiliate';

export interface AffiliateNoteRow {
  id: string;
  body: string;
  createdAt: Date;
  author: { id: string; firstName: string | null; lastName: string | null; email: string } | null;
}

/** The notes the advertiser's team wrote about the affiliate, newest first (at most the latest 200). */
export async function listAffiliateNotes({
  ctx,
  input,
}: ServiceCall<{ affiliateId: string }>): Promise<AffiliateNoteRow[]> {
  const { organizationId, affiliateId } = await orgAffiliate({ ctx, input });
  const rows = await ctx.db
    .select({
      id: affiliateNotes.id,
      body: affiliateNotes.body,
      createdAt: affiliateNotes.createdAt,
      authorId: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
    })
    .from(affiliateNotes)
    .leftJoin(users, eq(users.id, affiliateNotes.authorId))
    .where(and(eq(affiliateNotes.organizationId, organizationId), eq(affiliateNotes.affiliateId, affiliateId)))
    .orderBy(desc(affiliateNotes.id))
    .limit(200);
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    createdAt: r.createdAt,
    author: r.authorId ? { id: r.authorId, firstName: r.firstName, lastName: r.lastName, email: r.email! } : null,
  }));
}
