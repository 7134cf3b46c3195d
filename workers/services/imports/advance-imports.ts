import { eq, sql } from 'drizzle-orm';
import { importJobs, type ImportJob } from '../../../schema';
import type { ServiceCall, ServiceContext } from '../../context';
import { addSeconds } from '../../domain/token-lifetimes';
import { SourceError } from '../../integrations/import-sources';
import { applyStep } from './apply-step';
import { fetchStep } from './fetch-step';
import { planStep } from './plan-step';

/** How long a claimed job is its runner's: a runner that dies mid-step frees it when this lapses. */
export const IMPORT_LEASE_SECONDS = 120;
/** Failed steps in a row after which the job fails (the source keeps refusing). */
const MAX_FAILURES = 8;

/**
 * Claims the job that waited longest with a stage to run and whose wait (a source's Retry-After, a
 * backoff, another runner's lease) is over, and leases it for IMPORT_LEASE_SECONDS. SKIP LOCKED and
 * the lease make two runners at once take different jobs.
 */
export async function claimImportJob({ ctx }: ServiceCall<void>): Promise<ImportJob | null> {
  const result = await ctx.db.execute(sql`
    UPDATE affiliate.import_jobs SET not_before = ${addSeconds(ctx.now, IMPORT_LEASE_SECONDS)}, updated_at = ${ctx.now}
    WHERE id = (
      SELECT id FROM affiliate.import_jobs
      WHERE (status IN ('fetching', 'planning') OR (status = 'applying' AND run_requested_at IS NOT NULL))
        AND (not_before IS NULL OR not_before <= ${ctx.now})
      ORDER BY updated_at LIMIT 1 FOR UPDATE SKIP LOCKED
    )
    RETURNING id`);
  const id = (result.rows as { id: string }[])[0]?.id;
  if (!id) return null;
  const [job] = await ctx.db.select().from(importJobs).where(eq(importJobs.id, id));
  return job ?? null;
}

async function step(ctx: ServiceContext, job: ImportJob): Promise<void> {
  if (job.status === 'fetching') return fetchStep({ ctx, input: job });
  if (job.status === 'planning') return planStep({ ctx, input: job });
  return applyStep({ ctx, input: job });
}

/**
 * The cron's driver: up to `maxSteps` steps (a page read, a chunk planned or written), each on the
 * job it claims. A step that fails is retried later with a growing wait, from where it stood; a source
 * that refuses the token, or keeps failing, fails the job with its message.
 */
export async function advanceImports({ ctx, input }: ServiceCall<{ maxSteps: number }>): Promise<{ steps: number }> {
  let steps = 0;
  while (steps < input.maxSteps) {
    const job = await claimImportJob({ ctx, input: undefined });
    if (!job) break;
    steps++;
    const log = ctx.log.child({ importJobId: job.id, status: job.status });
    try {
      await step({ ...ctx, log }, job);
    } catch (err) {
      const failures = job.failures + 1;
      const fatal = (err instanceof SourceError && err.fatal) || failures >= MAX_FAILURES;
      log.warn('import_step_failed', { err, failures, fatal });
      await ctx.db
        .update(importJobs)
        .set({
          failures,
          lastError: (err as Error).message.slice(0, 500),
          notBefore: addSeconds(ctx.now, Math.min(30 * 2 ** failures, 3600)),
          ...(fatal ? { status: 'failed' as const, finishedAt: ctx.now } : {}),
          updatedAt: ctx.now,
        })
        .where(eq(importJobs.id, job.id));
    }
  }
  return { steps };
}
