import { and, eq, inArray } from 'drizzle-orm';
import { importJobs, programs } from '../../../schema';
import type { ImportSource } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { parseCsvFiles, type CsvFiles } from '../../domain/import-sources/csv-format';
import type { ParsedRow } from '../../domain/import-sources/rows';
import { NotFoundError, ValidationError } from '../../errors/app-error';
import { tokenProblem } from '../../integrations/import-sources';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { encryptSecret } from '../encryption';
import { importJobView, type ImportJobView } from './import-view';
import { referralParamFor } from './source-params';
import { storeRows } from './store-rows';

export interface CreateImportInput {
  source: ImportSource;
  /** The source's API token (the API sources); never stored in the clear. */
  token?: string | undefined;
  /** Our CSV files (the csv source). */
  files?: CsvFiles | undefined;
  programId: string;
  campaignPrograms?: Record<string, string> | undefined;
  sendWelcome?: boolean | undefined;
  /** Tolt's and the CSV's link parameter; fixed for the other sources. */
  referralParam?: string | undefined;
}

/**
 * Starts an import with its dry run: the job is stored (the token sealed) and the cron reads the
 * source, then plans, a stage at a time. A CSV import's rows are read here, at once, so it starts
 * at the dry run. Nothing is written outside the job until the advertiser confirms the run.
 */
export async function createImport({ ctx, input }: ServiceCall<CreateImportInput>): Promise<ImportJobView> {
  const { organizationId } = actingAdvertiser(ctx);
  const isCsv = input.source === 'csv';
  if (isCsv && !input.files) throw new ValidationError('A CSV import needs its affiliates file');
  if (!isCsv && !input.token) throw new ValidationError('This source needs its API token');
  const tokenIssue = input.token ? tokenProblem(input.source, input.token) : null;
  if (tokenIssue) throw new ValidationError(tokenIssue);
  let rows: ParsedRow[] = [];
  if (isCsv) {
    try {
      rows = parseCsvFiles(input.files!);
    } catch (err) {
      throw new ValidationError(`The CSV cannot be read: ${(err as Error).message}`);
    }
    if (rows.length === 0) throw new ValidationError('The affiliates file has no rows');
  }
  const campaignPrograms = input.campaignPrograms ?? {};
  const programIds = [...new Set([input.programId, ...Object.values(campaignPrograms)])];
  const tokenSealed = input.token ? await encryptSecret(input.token, ctx.config.DATA_ENCRYPTION_KEY) : null;
  const job = await inTransaction(ctx, async (tx) => {
    const owned = await tx.db
      .select({ id: programs.id })
      .from(programs)
      .where(and(eq(programs.organizationId, organizationId), inArray(programs.id, programIds)));
    const missing = programIds.find((id) => !owned.some((p) => p.id === id));
    if (missing) throw new NotFoundError('program', missing);
    const [row] = await tx.db
      .insert(importJobs)
      .values({
        organizationId,
        source: input.source,
        status: isCsv ? 'planning' : 'fetching',
        options: {
          programId: input.programId,
          campaignPrograms,
          sendWelcome: input.sendWelcome ?? false,
          referralParam: referralParamFor(input.source, input.referralParam),
        },
        tokenSealed,
        cursor: isCsv ? {} : { step: 0, page: null },
        createdById: tx.actor?.userId ?? null,
      })
      .returning();
    if (rows.length > 0) await storeRows({ ctx: tx, input: { job: row!, rows } });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'import.created',
        targetType: 'import',
        targetId: row!.id,
        organizationId,
        after: { source: input.source, options: row!.options, rows: rows.length },
      },
    });
    return row!;
  });
  return importJobView(job);
}
