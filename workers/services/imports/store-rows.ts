import { desc, eq } from 'drizzle-orm';
import { importItems, type ImportJob } from '../../../schema';
import { uuidv7, uuidv7Time } from '../../../schema/ids';
import type { ServiceCall, ServiceContext } from '../../context';
import type { ParsedRow } from '../../domain/import-sources/rows';

/**
 * Keeps a page of the source's records on the job. A page read again after a crash finds its rows
 * there already (the job, kind and source id are unique) and adds nothing. A record the check
 * refused is kept as a conflict with its reason, so the report lists it.
 */
export async function storeRows({
  ctx: tx,
  input: { job, rows },
}: ServiceCall<{ job: ImportJob; rows: ParsedRow[] }>): Promise<void> {
  const ids = await idsInOrder(tx, job, rows.length);
  for (let i = 0; i < rows.length; i += 500) {
    await tx.db
      .insert(importItems)
      .values(
        rows.slice(i, i + 500).map((r, j) => ({
          id: ids[i + j]!,
          jobId: job.id,
          organizationId: job.organizationId,
          kind: r.kind,
          externalId: r.externalId.slice(0, 200) || '(no id)',
          data: 'invalid' in r ? {} : (r.data as Record<string, unknown>),
          ...('invalid' in r ? { outcome: 'conflict' as const, reason: r.invalid } : {}),
        })),
      )
      .onConflictDoNothing();
  }
}

/**
 * Ids that sort in the source's order, after every row the job already holds: the stages read records
 * by id, and file order decides which of two rows with one email is kept. UUIDv7s of one millisecond
 * are random among themselves, so they are sorted before they are handed out.
 */
async function idsInOrder(tx: ServiceContext, job: ImportJob, n: number): Promise<string[]> {
  const [last] = await tx.db
    .select({ id: importItems.id })
    .from(importItems)
    .where(eq(importItems.jobId, job.id))
    .orderBy(desc(importItems.id))
    .limit(1);
  const ms = Math.max(Date.now(), last?.id ? uuidv7Time(last.id) + 1 : 0);
  return Array.from({ length: n }, () => uuidv7(ms)).sort();
}
