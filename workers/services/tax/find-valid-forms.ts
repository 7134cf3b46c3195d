import { inArray, sql } from 'drizzle-orm';
import { type TaxForm, taxForms } from '../../../schema';
import type { ServiceCall } from '../../context';
import { arrayLiteral } from '../../db/array-literal';

/**
 * The form that counts for each of these affiliates with this advertiser: its own valid form first,
 * else the affiliate's shared form when the advertiser accepts shared forms. Affiliates without one
 * are absent from the map.
 */
export async function findValidForms({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; affiliateIds: readonly string[]; acceptsSharedForms: boolean }>): Promise<
  Map<string, TaxForm>
> {
  if (input.affiliateIds.length === 0) return new Map();
  const result = await ctx.db.execute(sql`
    SELECT DISTINCT ON (f.affiliate_id) f.id
    FROM affiliate.tax_forms f
    WHERE f.status = 'valid' AND f.affiliate_id = ANY(${arrayLiteral(input.affiliateIds)}::uuid[])
      AND (f.organization_id = ${input.organizationId} OR (f.organization_id IS NULL AND ${input.acceptsSharedForms}))
    ORDER BY f.affiliate_id, (f.organization_id IS NULL)`);
  const ids = (result.rows as { id: string }[]).map((r) => r.id);
  if (ids.length === 0) return new Map();
  const rows = await ctx.db.select().from(taxForms).where(inArray(taxForms.id, ids));
  return new Map(rows.map((f) => [f.affiliateId, f]));
}
