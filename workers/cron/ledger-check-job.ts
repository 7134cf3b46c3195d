import type { ServiceContext } from '../context';
import { createLogger } from '../logging';
import { checkLedger, type LedgerCheck } from '../services/finance';

/**
 * The daily ledger check: one structured error line per discrepancy, so log-based alerting can
 * page on `ledger_discrepancy` without parsing the job's summary. Broken money is reported, not
 * thrown: the other daily jobs still run.
 */
export async function ledgerCheckJob(ctx: ServiceContext): Promise<LedgerCheck> {
  const result = await checkLedger({ ctx, input: {} });
  // The alert line's shape is documented as exactly these fields, so not the run's cron and job.
  const alert = createLogger({ level: ctx.config.LOG_LEVEL });
  for (const d of result.discrepancies)
    alert.error('ledger_discrepancy', { kind: d.kind, detail: d.detail, ids: d.ids });
  return result;
}
