import type { ServiceContext } from '../context';
import { checkLedger, type LedgerCheck } from '../services/finance';

/**
 * The daily ledger check: one structured error line per discrepancy, so log-based alerting can
 * page on `ledger_discrepancy` without parsing the job's summary. Broken money is reported, not
 * thrown: the other daily jobs still run.
 */
export async function ledgerCheckJob(ctx: ServiceContext): Promise<LedgerCheck> {
  const result = await checkLedger({ ctx, input: {} });
  for (const d of result.discrepancies) {
    console.error(
      JSON.stringify({ level: 'error', event: 'ledger_discrepancy', kind: d.kind, detail: d.detail, ids: d.ids }),
    );
  }
  return result;
}
