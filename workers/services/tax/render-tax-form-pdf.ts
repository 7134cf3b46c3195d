import { eq, sql } from 'drizzle-orm';
import { organizations, taxForms } from '../../../schema';
import type { ServiceCall } from '../../context';
import { signedFormDocument } from '../../domain/tax-documents';
import { NotFoundError } from '../../errors/app-error';
import { renderPdfFile } from '../render-file';
import { readTaxSettings } from './get-tax-settings';

/**
 * The signed form as a PDF, rendered from its stored data (the same bytes every time). The affiliate
 * who signed it may download it, and an advertiser for which it counts: given to it, or shared and
 * accepted by it from an affiliate enrolled with it. Anyone else gets the same 404 as for no form.
 */
export async function renderTaxFormPdf({
  ctx,
  input,
}: ServiceCall<{ formId: string }>): Promise<{ pdf: Uint8Array; filename: string }> {
  const [form] = await ctx.db.select().from(taxForms).where(eq(taxForms.id, input.formId));
  if (!form || !(await mayRead(ctx, form))) throw new NotFoundError('tax form');
  const [org] = form.organizationId
    ? await ctx.db
        .select({ name: organizations.name })
        .from(organizations)
        .where(eq(organizations.id, form.organizationId))
    : [];
  const pdf = await renderPdfFile({ ctx, input: signedFormDocument({ ...form, givenTo: org?.name ?? null }) });
  return { pdf, filename: `${form.kind}-${form.signedAt.toISOString().slice(0, 10)}-${form.id.slice(0, 8)}.pdf` };
}

async function mayRead(ctx: ServiceCall<unknown>['ctx'], form: typeof taxForms.$inferSelect): Promise<boolean> {
  const tenant = ctx.tenant;
  if (tenant?.kind === 'affiliate') return form.affiliateId === tenant.affiliateId;
  if (tenant?.kind !== 'advertiser') return false;
  if (form.organizationId) return form.organizationId === tenant.organizationId;
  const { acceptsSharedForms } = await readTaxSettings({ ctx, input: { organizationId: tenant.organizationId } });
  if (!acceptsSharedForms) return false;
  const enrolled = await ctx.db.execute(
    sql`SELECT 1 FROM affiliate.enrollments WHERE organization_id = ${tenant.organizationId} AND affiliate_id = ${form.affiliateId} LIMIT 1`,
  );
  return enrolled.rows.length > 0;
}
