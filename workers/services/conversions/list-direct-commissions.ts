import { and, asc, eq, inArray } from 'drizzle-orm';
import { commissions, type Commission, type Conversion } from '../../../schema';
import type { ServiceCall } from '../../context';

/**
 * The direct affiliate's line (level 0, beneficiary = the conversion's affiliate) of each
 * conversion, by conversion id. A sale has its commission there, a refund its negative adjustment;
 * one query for a whole page instead of a join that would multiply rows and break paging.
 */
export async function listDirectCommissions({
  ctx,
  input,
}: ServiceCall<{ page: Conversion[] }>): Promise<Map<string, Commission>> {
  const { db } = ctx;
  const { page } = input;
  const attributed = page.filter((c) => c.affiliateId !== null);
  if (attributed.length === 0) return new Map();
  const lines = await db
    .select()
    .from(commissions)
    .where(
      and(
        inArray(
          commissions.conversionId,
          attributed.map((c) => c.id),
        ),
        eq(commissions.level, 0),
      ),
    )
    // 'commission' after 'adjustment': the last one written per conversion wins below.
    .orderBy(asc(commissions.kind));
  const affiliateOf = new Map(attributed.map((c) => [c.id, c.affiliateId]));
  const byConversion = new Map<string, Commission>();
  for (const line of lines) {
    // Selected by conversion id, so never an opening balance (the one kind without a conversion).
    const conversionId = line.conversionId!;
    if (affiliateOf.get(conversionId) === line.beneficiaryId) byConversion.set(conversionId, line);
  }
  return byConversion;
}
