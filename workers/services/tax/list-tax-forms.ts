import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { readTaxSettings } from './get-tax-settings';
import type { TaxFormView } from './tax-form-view';

export interface TaxRegisterRow {
  /** The affiliate's id (the page cursor). */
  id: string;
  affiliateId: string;
  affiliateEmail: string;
  /** First and last name, else the email: how the rest of the dashboard names the person. */
  affiliateName: string;
  /** The form that counts here, or null: an enrolled affiliate without one. */
  form: Pick<
    TaxFormView,
    'id' | 'kind' | 'legalName' | 'country' | 'tinType' | 'tinLast4' | 'signedAt' | 'organizationId'
  > | null;
}

interface RegisterSqlRow {
  affiliate_id: string;
  email: string;
  name: string;
  form_id: string | null;
  kind: TaxFormView['kind'] | null;
  legal_name: string | null;
  country: string | null;
  tin_type: TaxFormView['tinType'] | null;
  tin_last4: string | null;
  signed_at: string | null;
  form_org: string | null;
}

/**
 * Finance's register: every affiliate enrolled with the advertiser, with the form that counts here
 * (its own first, else a shared one when accepted), masked. `missing` lists only those without one.
 */
export async function listTaxForms({
  ctx,
  input,
}: ServiceCall<{ missing?: boolean | undefined; limit: number; cursor?: string | undefined }>): Promise<
  TaxRegisterRow[]
> {
  const { organizationId } = actingAdvertiser(ctx);
  const { acceptsSharedForms } = await readTaxSettings({ ctx, input: { organizationId } });
  const result = await ctx.db.execute(sql`
    SELECT a.affiliate_id, u.email,
           coalesce(nullif(trim(concat_ws(' ', u.first_name, u.last_name)), ''), u.email) AS name, f.id AS form_id, f.kind, f.legal_name, f.country, f.tin_type, f.tin_last4,
           f.signed_at, f.organization_id AS form_org
    FROM (SELECT DISTINCT e.affiliate_id FROM affiliate.enrollments e WHERE e.organization_id = ${organizationId}) a
    JOIN affiliate.users u ON u.id = a.affiliate_id
    LEFT JOIN LATERAL (
      SELECT * FROM affiliate.tax_forms f
      WHERE f.affiliate_id = a.affiliate_id AND f.status = 'valid'
        AND (f.organization_id = ${organizationId} OR (f.organization_id IS NULL AND ${acceptsSharedForms}))
      ORDER BY (f.organization_id IS NULL) LIMIT 1
    ) f ON true
    WHERE (${input.cursor ?? null}::uuid IS NULL OR a.affiliate_id > ${input.cursor ?? null}::uuid)
      AND (NOT ${input.missing ?? false} OR f.id IS NULL)
    ORDER BY a.affiliate_id
    LIMIT ${input.limit + 1}`);
  return (result.rows as unknown as RegisterSqlRow[]).map((r) => ({
    id: r.affiliate_id,
    affiliateId: r.affiliate_id,
    affiliateEmail: r.email,
    affiliateName: r.name,
    form:
      r.form_id === null
        ? null
        : {
            id: r.form_id,
            kind: r.kind!,
            legalName: r.legal_name!,
            country: r.country!,
            tinType: r.tin_type!,
            tinLast4: r.tin_last4!,
            signedAt: new Date(r.signed_at!),
            organizationId: r.form_org,
          },
  }));
}
