import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { importItems } from '../../../schema';
import type { ServiceCall } from '../../context';
import { csvExport, type CsvExport, isoCell } from '../csv-export';
import { streamPages } from '../streamed-pages';
import { getImport } from './get-import';

const HEADER = ['kind', 'source_id', 'email', 'referral_code', 'outcome', 'reason', 'done_at', 'result_id'] as const;

/**
 * The import's report as CSV, one line per record: what it was, the verdict (create, skip or
 * conflict) and why, and once the run wrote it, when and the id of what it became.
 */
export async function exportImportReport({ ctx, input }: ServiceCall<{ importId: string }>): Promise<CsvExport> {
  const job = await getImport({ ctx, input });
  const rows = streamPages(
    ctx,
    (db, after: string | undefined, limit) =>
      db
        .select({
          id: importItems.id,
          kind: importItems.kind,
          externalId: importItems.externalId,
          email: sql<string | null>`${importItems.data}->>'email'`,
          code: sql<string | null>`${importItems.plan}->>'refCode'`,
          outcome: importItems.outcome,
          reason: importItems.reason,
          appliedAt: importItems.appliedAt,
          resultId: importItems.resultId,
        })
        .from(importItems)
        .where(and(eq(importItems.jobId, job.id), after ? gt(importItems.id, after) : undefined))
        .orderBy(asc(importItems.id))
        .limit(limit),
    (r) => r.id,
  );
  return csvExport(
    `import-${job.source}-${job.id}.csv`,
    HEADER,
    (async function* () {
      for await (const r of rows)
        yield [
          r.kind,
          r.externalId,
          r.email,
          r.code,
          r.outcome ?? 'undecided',
          r.reason,
          isoCell(r.appliedAt),
          r.resultId,
        ];
    })(),
  );
}
