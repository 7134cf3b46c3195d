import { eq } from 'drizzle-orm';
import { importItems, type ImportJob } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { jobPrograms } from './facts';
import { saveJobProgress } from './save-job-progress';
import { judgeItem } from './judge-item';
import { nextChunk, stageCursorOf } from './stage-cursor';

const CHUNK = 100;

/**
 * The dry run, a chunk at a time: each record's verdict (create, skip or conflict, with why) is
 * written on it; nothing outside the job changes. Records are decided in order, so a code or email
 * twice in the import is a conflict the second time.
 */
export async function planStep({ ctx, input: job }: ServiceCall<ImportJob>): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const chunk = await nextChunk({
      ctx: tx,
      input: { job, cursor: stageCursorOf(job.cursor), size: CHUNK, pendingOnly: false },
    });
    if (!chunk) {
      await saveJobProgress({ ctx: tx, input: { job, set: { status: 'planned', cursor: {} } } });
      return;
    }
    const programs = await jobPrograms({ ctx: tx, input: job });
    for (const item of chunk.items) {
      const verdict = await judgeItem({ ctx: tx, input: { job, item, byId: programs, inDryRun: true } });
      await tx.db
        .update(importItems)
        .set({
          outcome: verdict.outcome,
          reason: verdict.reason,
          plan: {
            programId: verdict.programId,
            refCode: verdict.refCode,
            couponCode: verdict.couponCode,
            enrollmentId: verdict.enrollmentId,
          },
          updatedAt: tx.now,
        })
        .where(eq(importItems.id, item.id));
    }
    await saveJobProgress({ ctx: tx, input: { job, set: { cursor: { ...chunk.cursor } } } });
  });
}
