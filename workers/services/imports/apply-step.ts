import { eq } from 'drizzle-orm';
import { type ImportItem, importItems, type ImportJob } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { deliverEmail } from '../email';
import { publishRouting } from '../tracking';
import { jobPrograms } from './facts';
import { saveJobProgress } from './save-job-progress';
import { judgeItem } from './judge-item';
import { nextChunk, stageCursorOf } from './stage-cursor';
import type { ProgramFacts } from '../../domain/import-plan';
import { type Written, writeItem } from './write-item';

const CHUNK = 50;

/**
 * One record of the run, inside its transaction: judged again from fresh facts, written when the verdict
 * is create, and marked with what it came to. Answers what was written, for the steps after the commit.
 */
export async function applyItem({
  ctx: tx,
  input: { job, item, byId },
}: ServiceCall<{ job: ImportJob; item: ImportItem; byId: Map<string, ProgramFacts> }>): Promise<Written | null> {
  const verdict = await judgeItem({ ctx: tx, input: { job, item, byId, inDryRun: false } });
  const written = verdict.outcome === 'create' ? await writeItem({ ctx: tx, input: { job, item, verdict } }) : null;
  await tx.db
    .update(importItems)
    .set({
      outcome: written?.conflict ? 'conflict' : verdict.outcome,
      reason: written?.conflict ?? verdict.reason,
      plan: {
        programId: verdict.programId,
        refCode: verdict.refCode,
        couponCode: verdict.couponCode,
        enrollmentId: written?.enrollmentId ?? verdict.enrollmentId,
      },
      resultId: written?.resultId ?? verdict.enrollmentId ?? null,
      appliedAt: tx.now,
      updatedAt: tx.now,
    })
    .where(eq(importItems.id, item.id));
  return written;
}

/**
 * The run, a chunk at a time, each chunk one transaction with the records it marks done: a crash
 * before the commit redoes the chunk, one after it goes on with the next, and nothing is written
 * twice. Each record is judged again from fresh facts just before it is written, so what changed
 * since the dry run (a code taken meanwhile) becomes a conflict instead of an error.
 */
export async function applyStep({ ctx, input: job }: ServiceCall<ImportJob>): Promise<void> {
  const after = await inTransaction(ctx, async (tx) => {
    const chunk = await nextChunk({
      ctx: tx,
      input: { job, cursor: stageCursorOf(job.cursor), size: CHUNK, pendingOnly: true },
    });
    if (!chunk) {
      await saveJobProgress({ ctx: tx, input: { job, set: { status: 'completed', cursor: {}, finishedAt: tx.now } } });
      return { enrollments: [] as string[], outbox: [] as string[] };
    }
    const programs = await jobPrograms({ ctx: tx, input: job });
    const enrollments: string[] = [];
    const outbox: string[] = [];
    for (const item of chunk.items) {
      const written = await applyItem({ ctx: tx, input: { job, item, byId: programs } });
      if (written?.enrollmentId) enrollments.push(written.enrollmentId);
      if (written?.outboxId) outbox.push(written.outboxId);
    }
    await saveJobProgress({ ctx: tx, input: { job, set: { cursor: { ...chunk.cursor } } } });
    return { enrollments, outbox };
  });
  // KV and mail are not transactional: after the commit. The routing rebuild repairs a lost publish.
  for (const enrollment of after.enrollments) await publishRouting({ ctx, input: { enrollment } });
  for (const outboxId of after.outbox) await deliverEmail({ ctx, input: { outboxId } });
}
