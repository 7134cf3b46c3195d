import { and, asc, eq, like, ne } from 'drizzle-orm';
import { type Enrollment, enrollments, importItems, importJobs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { applyItem } from './apply-step';
import { jobPrograms } from './facts';
import { summarize } from './summarize';

/**
 * Inside the acceptance of an invitation an import sent (import-plan.ts: `invited`): the new enrollment
 * takes the record's referral code and coupon when they are still free (so the old links keep crediting),
 * the record points at it, and the job's customers and commissions that waited for it
 * (`awaiting_acceptance`) are booked now, as the run would have booked them. Any other invitation: unchanged.
 */
export async function bookAcceptedImport({
  ctx: tx,
  input: { invitationId, enrollment },
}: ServiceCall<{ invitationId: string; enrollment: Enrollment }>): Promise<Enrollment> {
  const [item] = await tx.db
    .select()
    .from(importItems)
    .where(and(eq(importItems.resultId, invitationId), eq(importItems.kind, 'affiliate')))
    .for('update');
  if (!item) return enrollment;
  const [job] = await tx.db.select().from(importJobs).where(eq(importJobs.id, item.jobId));
  const { refCode, couponCode } = item.plan;
  const [codeHolder] = refCode
    ? await tx.db.select({ id: enrollments.id }).from(enrollments).where(eq(enrollments.refCode, refCode))
    : [];
  const [couponHolder] = couponCode
    ? await tx.db
        .select({ id: enrollments.id })
        .from(enrollments)
        .where(
          and(
            eq(enrollments.organizationId, enrollment.organizationId),
            eq(enrollments.couponCode, couponCode),
            ne(enrollments.id, enrollment.id),
          ),
        )
    : [];
  const notes = [
    ...(refCode && codeHolder ? [`code_taken: ${refCode} was taken before the invitation was accepted`] : []),
    ...(couponCode && couponHolder ? [`coupon_not_kept: ${couponCode}`] : []),
  ];
  const kept = {
    ...(refCode && !codeHolder ? { refCode } : {}),
    ...(couponCode && !couponHolder ? { couponCode } : {}),
  };
  const [updated] =
    Object.keys(kept).length > 0
      ? await tx.db.update(enrollments).set(kept).where(eq(enrollments.id, enrollment.id)).returning()
      : [enrollment];
  await tx.db
    .update(importItems)
    .set({
      reason: ['accepted: the invitation was accepted', ...notes].join('; '),
      plan: { ...item.plan, enrollmentId: enrollment.id },
      resultId: enrollment.id,
      updatedAt: tx.now,
    })
    .where(eq(importItems.id, item.id));
  const waiting = await tx.db
    .select()
    .from(importItems)
    .where(
      and(
        eq(importItems.jobId, job!.id),
        eq(importItems.outcome, 'conflict'),
        like(importItems.reason, 'awaiting_acceptance%'),
      ),
    )
    .orderBy(asc(importItems.id));
  const byId = await jobPrograms({ ctx: tx, input: job! });
  // Records of other invited affiliates of the job are judged to wait again and stay as they were.
  for (const waited of waiting) await applyItem({ ctx: tx, input: { job: job!, item: waited, byId } });
  await tx.db
    .update(importJobs)
    .set({ summary: await summarize({ ctx: tx, input: job! }), updatedAt: tx.now })
    .where(eq(importJobs.id, job!.id));
  return updated!;
}
