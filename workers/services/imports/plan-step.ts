import { eq } from 'drizzle-orm';
import { importItems, importJobs, type ImportJob } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { jobPrograms } from './facts';
import { judgeItem } from './judge-item';
import { nextChunk, stageCursorOf } from './stage-cursor';
import { summarize } from './summarize';

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
      await tx.db
        .update(importJobs)
        .set({
          status: 'planned',
          cursor: {},
          summary: await summarize({ ctx: tx, input: job }),
          notBefore: null,
          updatedAt: tx.now,
        })
        .where(eq(importJobs.id, job.id));
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
    // The counts so far, so the console shows the dry run moving through the records.
    await tx.db
      .update(importJobs)
      .set({
        cursor: { ...chunk.cursor },
        summary: await summarize({ ctx: tx, input: job }),
        notBefore: null,
        failures: 0,
        lastError: null,
        updatedAt: tx.now,
      })
      .where(eq(importJobs.id, job.id));
  });
}
