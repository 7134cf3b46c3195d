import { and, eq, inArray } from 'drizzle-orm';
import { importJobs, programs } from '../../../schema';
import type { ImportCsvFormat, ImportSource } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { parseCsvFiles, type CsvFiles } from '../../domain/import-sources/csv-format';
import type { ParsedRow } from '../../domain/import-sources/rows';
import { sha256Hex } from '../../domain/secret-token';
import { NotFoundError, ValidationError } from '../../errors/app-error';
import { tokenProblem } from '../../integrations/import-sources';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { encryptSecret } from '../encryption';
import { importJobView, type ImportJobView } from './import-view';
import { recordOrigin, referralParamFor } from './source-params';
import { storeRows } from './store-rows';
import { summarize } from './summarize';

export interface CreateImportInput {
  source: ImportSource;
  /** The source's API token (the API sources); never stored in the clear. */
  token?: string | undefined;
  /** The CSV files (the csv source): ours, or another product's exports. */
  files?: CsvFiles | undefined;
  /** The csv source's layout (default ours): Rewardful's, FirstPromoter's, Tolt's or PartnerStack's exports. */
  format?: ImportCsvFormat | undefined;
  programId: string;
  campaignPrograms?: Record<string, string> | undefined;
  sendWelcome?: boolean | undefined;
  /** Tolt's and the CSV's link parameter; fixed for the other sources. */
  referralParam?: string | undefined;
  /** Our CSV format's ledger key (source-params.ts); default a fingerprint of the commissions file. */
  sourceKey?: string | undefined;
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
  if (!isCsv && input.format && input.format !== 'ours')
    throw new ValidationError('format applies to the csv source only');
  const format = isCsv ? (input.format ?? 'ours') : undefined;
  if (input.sourceKey && format !== 'ours') throw new ValidationError('sourceKey applies to our CSV format only');
  const sourceKey = format === 'ours' ? (input.sourceKey ?? (await fileFingerprint(input.files!))) : undefined;
  const referralParam = referralParamFor(recordOrigin(input.source, format), input.referralParam);
  const campaignPrograms = input.campaignPrograms ?? {};
  const programIds = [...new Set([input.programId, ...Object.values(campaignPrograms)])];
  const tokenSealed = input.token ? await encryptSecret(input.token, ctx.config.DATA_ENCRYPTION_KEY) : null;
  const job = await inTransaction(ctx, async (tx) => {
    const owned = await tx.db
      .select({ id: programs.id, currency: programs.currency })
      .from(programs)
      .where(and(eq(programs.organizationId, organizationId), inArray(programs.id, programIds)));
    const missing = programIds.find((id) => !owned.some((p) => p.id === id));
    if (missing) throw new NotFoundError('program', missing);
    // An export's amounts without a currency column are in the target program's currency.
    const currency = owned.find((p) => p.id === input.programId)!.currency;
    const rows = format ? readCsv(input.files!, format, { referralParam, currency }) : [];
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
          referralParam,
          ...(format ? { format } : {}),
          ...(sourceKey ? { sourceKey } : {}),
        },
        tokenSealed,
        cursor: isCsv ? {} : { step: 0, page: null },
        createdById: tx.actor?.userId ?? null,
      })
      .returning();
    await storeRows({ ctx: tx, input: { job: row!, rows } });
    // The records read, counted at once: a CSV import shows its size before the dry run starts.
    const [counted] = await tx.db
      .update(importJobs)
      .set({ summary: await summarize({ ctx: tx, input: row! }) })
      .where(eq(importJobs.id, row!.id))
      .returning();
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
    return counted!;
  });
  return importJobView(job);
}

/**
 * The default ledger key of our CSV format: the same commissions file again is the same ledger (a rerun
 * books nothing twice), another file is another (its ids 1, 2, … are not the first file's).
 */
async function fileFingerprint(files: CsvFiles): Promise<string> {
  const text = (files.commissions ?? files.affiliates).replace(/\r\n?/g, '\n').trim();
  return `file-${(await sha256Hex(text)).slice(0, 16)}`;
}

/** The CSV's records; a file that cannot be read, or has no affiliates, is the advertiser's to fix. */
function readCsv(files: CsvFiles, format: ImportCsvFormat, options: { referralParam: string; currency: string }) {
  let rows: ParsedRow[];
  try {
    rows = parseCsvFiles(files, format, options);
  } catch (err) {
    throw new ValidationError(`The CSV cannot be read: ${(err as Error).message}`);
  }
  if (!rows.some((r) => r.kind === 'affiliate')) throw new ValidationError('The affiliates file has no rows');
  return rows;
}
