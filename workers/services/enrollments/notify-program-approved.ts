import { eq } from 'drizzle-orm';
import { enrollments, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { emailBrand } from '../email';
import { enqueueNotifications } from '../notifications';

/**
 * Tells the affiliate an application became active (`program_approved`), after the approval committed: the
 * one place for an approval by hand and one by an auto-approval rule. The dedupe key names the enrollment and
 * its approval time, so a redelivered or re-sent request notifies once, and a later approval again. The email and
 * Telegram text link the program's page on the advertiser's portal when it has one, as its emails' sender reads.
 */
export async function notifyProgramApproved({
  ctx,
  input,
}: ServiceCall<{ enrollmentId: string; by: 'advertiser' | 'rule'; note?: string | null | undefined }>): Promise<void> {
  const [row] = await ctx.db
    .select({
      affiliateId: enrollments.affiliateId,
      organizationId: enrollments.organizationId,
      programId: enrollments.programId,
      status: enrollments.status,
      approvedAt: enrollments.approvedAt,
      programName: programs.name,
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(eq(enrollments.id, input.enrollmentId));
  if (row?.status !== 'active' || !row.approvedAt) return;
  // A title is at most 200 characters; a program's name may be long.
  const name = row.programName.length > 140 ? `${row.programName.slice(0, 139)}…` : row.programName;
  const { baseUrl } = await emailBrand({ ctx, input: { organizationId: row.organizationId } });
  await enqueueNotifications({
    ctx,
    input: {
      requests: [
        {
          v: 1,
          userId: row.affiliateId,
          organizationId: row.organizationId,
          event: 'program_approved',
          title: `Your application to ${name} was approved`,
          body: 'You are now an affiliate of this program: create links and follow your commissions on the program page.',
          data: {
            enrollmentId: input.enrollmentId,
            programId: row.programId,
            programName: row.programName,
            programUrl: `${baseUrl}/affiliate/${row.organizationId}/programs/${row.programId}`,
            by: input.by,
            // What the advertiser typed for the affiliate when approving: quoted in every channel.
            note: input.note?.trim() || null,
          },
          dedupeKey: `program_approved:${input.enrollmentId}:${row.approvedAt.toISOString()}`,
        },
      ],
    },
  });
}
