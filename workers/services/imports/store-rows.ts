import { importItems, type ImportJob } from '../../../schema';
import type { ServiceCall } from '../../context';
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
  for (let i = 0; i < rows.length; i += 500) {
    await tx.db
      .insert(importItems)
      .values(
        rows.slice(i, i + 500).map((r) => ({
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
