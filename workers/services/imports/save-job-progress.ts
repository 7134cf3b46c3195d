import { eq } from 'drizzle-orm';
import { importJobs, type ImportJob } from '../../../schema';
import type { ServiceCall } from '../../context';
import { summarize } from './summarize';

/**
 * Writes where a stage got to with the counts so far, so the console shows the job moving; a chunk that
 * went through clears the failures the retries counted and lets the next step run at once.
 */
export async function saveJobProgress({
  ctx,
  input: { job, set },
}: ServiceCall<{ job: ImportJob; set: Partial<Pick<ImportJob, 'cursor' | 'status' | 'finishedAt'>> }>): Promise<void> {
  await ctx.db
    .update(importJobs)
    .set({
      ...set,
      summary: await summarize({ ctx, input: job }),
      notBefore: null,
      failures: 0,
      lastError: null,
      updatedAt: ctx.now,
    })
    .where(eq(importJobs.id, job.id));
}
