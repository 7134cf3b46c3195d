import { sql } from 'drizzle-orm';
import type { ImportJob } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { ExtraCode } from '../../integrations/import-sources';

/**
 * Adds codes a source lists apart from its affiliates (Tolt's links) to the affiliate records the
 * job read before, in the order read, so the first is the one kept. A code already there is not
 * added again, so a page read twice after a crash changes nothing; an affiliate the record check
 * refused (no fields kept) and one at the record's limit of 50 codes are left as they are.
 */
export async function addCodes({
  ctx: tx,
  input: { job, codes },
}: ServiceCall<{ job: ImportJob; codes: ExtraCode[] }>): Promise<void> {
  for (const { affiliateExternalId, code } of codes) {
    await tx.db.execute(sql`
      UPDATE affiliate.import_items
      SET data = jsonb_set(data, '{refCodes}', (data -> 'refCodes') || to_jsonb(${code}::text)), updated_at = ${tx.now}
      WHERE job_id = ${job.id} AND kind = 'affiliate' AND external_id = ${affiliateExternalId}
        AND jsonb_typeof(data -> 'refCodes') = 'array'
        AND NOT ((data -> 'refCodes') ? ${code})
        AND jsonb_array_length(data -> 'refCodes') < 50`);
  }
}
