import { and, desc, eq } from 'drizzle-orm';
import { importJobs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { importJobView, type ImportJobView } from './import-view';

/** One of the advertiser's imports with its progress; another advertiser's is not found. */
export async function getImport({ ctx, input }: ServiceCall<{ importId: string }>): Promise<ImportJobView> {
  const { organizationId } = actingAdvertiser(ctx);
  const [job] = await ctx.db
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.id, input.importId), eq(importJobs.organizationId, organizationId)));
  if (!job) throw new NotFoundError('import', input.importId);
  return importJobView(job);
}

/** The advertiser's imports, newest first (a switch takes a handful; 50 is plenty). */
export async function listImports({ ctx }: ServiceCall<void>): Promise<ImportJobView[]> {
  const { organizationId } = actingAdvertiser(ctx);
  const rows = await ctx.db
    .select()
    .from(importJobs)
    .where(eq(importJobs.organizationId, organizationId))
    .orderBy(desc(importJobs.createdAt))
    .limit(50);
  return rows.map(importJobView);
}
