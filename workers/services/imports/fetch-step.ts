import { eq } from 'drizzle-orm';
import { importJobs, type ImportJob } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { addSeconds } from '../../domain/token-lifetimes';
import { type ApiSource, type SourceCursor, sourceReader } from '../../integrations/import-sources';
import { decryptSecret } from '../encryption';
import { addCodes } from './add-codes';
import { jobPrograms } from './facts';
import { saveJobProgress } from './save-job-progress';
import { storeRows } from './store-rows';

/**
 * Reads one page of the source and keeps its records and the cursor after it in one transaction,
 * so a crash before the commit reads that page again and one after it goes on from the next page.
 * A 429 leaves the cursor as it is and keeps the job until the source's Retry-After has passed.
 */
export async function fetchStep({ ctx, input: job }: ServiceCall<ImportJob>): Promise<void> {
  const token = await decryptSecret(job.tokenSealed ?? '', ctx.config.DATA_ENCRYPTION_KEY);
  // Sources that name no currency on a commission (FirstPromoter, PartnerStack) are read in the target program's.
  const program = (await jobPrograms({ ctx, input: job })).get(job.options.programId);
  const reader = sourceReader(job.source as ApiSource, ctx.config, token, {
    currency: program?.currency ?? '',
    referralParam: job.options.referralParam,
  });
  const cursor = job.cursor as unknown as SourceCursor;
  const result = await reader.read(cursor, ctx.now);
  if (result.kind === 'wait') {
    ctx.log.info('import_source_wait', { jobId: job.id, seconds: result.seconds });
    await ctx.db
      .update(importJobs)
      .set({ notBefore: addSeconds(ctx.now, result.seconds), updatedAt: ctx.now })
      .where(eq(importJobs.id, job.id));
    return;
  }
  await inTransaction(ctx, async (tx) => {
    await storeRows({ ctx: tx, input: { job, rows: result.rows } });
    if (result.codes?.length) await addCodes({ ctx: tx, input: { job, codes: result.codes } });
    await saveJobProgress({
      ctx: tx,
      input: {
        job,
        set: {
          cursor: (result.next ?? {}) as Record<string, unknown>,
          status: result.next ? 'fetching' : 'planning',
        },
      },
    });
  });
}
