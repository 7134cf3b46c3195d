import { and, eq, inArray, sql } from 'drizzle-orm';
import { importJobs, programs } from '../../../schema';
import { MAX_REFERRAL_PARAMS } from '../../contracts/referral-params';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError, NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { publishRouting } from '../tracking';
import { importJobView, type ImportJobView } from './import-view';

/**
 * Confirms the run after the dry run. The job's programs start accepting the source's link parameter
 * (`via`, `fpr`, `gspk`, Tolt's) through client-side clicks, so an old link credits the imported
 * affiliate; the cron then writes the records a chunk at a time.
 */
export async function runImport({ ctx, input }: ServiceCall<{ importId: string }>): Promise<ImportJobView> {
  const { organizationId } = actingAdvertiser(ctx);
  const { job, programIds } = await inTransaction(ctx, async (tx) => {
    const [found] = await tx.db
      .select()
      .from(importJobs)
      .where(and(eq(importJobs.id, input.importId), eq(importJobs.organizationId, organizationId)))
      .for('update');
    if (!found) throw new NotFoundError('import', input.importId);
    if (found.status !== 'planned')
      throw new AppError('import_not_planned', `The import is ${found.status}, not waiting for a run`);
    const ids = [...new Set([found.options.programId, ...Object.values(found.options.campaignPrograms)])];
    const param = found.options.referralParam;
    // Appended once, within the program's limit of parameters; a program that has it keeps its list.
    await tx.db
      .update(programs)
      .set({ referralParams: sql`array_append(${programs.referralParams}, ${param})`, updatedAt: tx.now })
      .where(
        and(
          eq(programs.organizationId, organizationId),
          inArray(programs.id, ids),
          sql`NOT (${param} = ANY(${programs.referralParams}))`,
          sql`cardinality(${programs.referralParams}) < ${MAX_REFERRAL_PARAMS}`,
        ),
      );
    const [updated] = await tx.db
      .update(importJobs)
      .set({ status: 'applying', cursor: {}, runRequestedAt: tx.now, notBefore: null, updatedAt: tx.now })
      .where(eq(importJobs.id, found.id))
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'import.run',
        targetType: 'import',
        targetId: found.id,
        organizationId,
        after: { summary: found.summary, referralParam: param, programIds: ids },
      },
    });
    return { job: updated!, programIds: ids };
  });
  for (const program of programIds) await publishRouting({ ctx, input: { program } });
  return importJobView(job);
}
