import { and, eq, isNull } from 'drizzle-orm';
import { taxForms } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { lastFour, normaliseTin } from '../../domain/tax-id';
import { type TaxFormSubmission, taxFormIssues } from '../../domain/tax-form';
import { AppError } from '../../errors/app-error';
import { affiliateScope } from '../access';
import { recordAudit } from '../audit';
import { encryptSecret } from '../encryption';
import { type TaxFormView, taxFormView } from './tax-form-view';

/**
 * The affiliate signs a form for the advertiser it works with, or once for every advertiser that
 * accepts shared forms (`shared`). The TIN is normalised and encrypted before it reaches the
 * database; the signature is dated by our clock and the request's IP. A newer form supersedes the
 * older one of the same scope in the same transaction (the partial unique index keeps one valid).
 */
export async function submitTaxForm({
  ctx,
  input,
}: ServiceCall<TaxFormSubmission & { shared: boolean }>): Promise<TaxFormView> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const issues = taxFormIssues(input);
  if (issues.length > 0) throw new AppError('tax_form_invalid', 'The form is not complete', { issues });
  const tin = normaliseTin(input.tinType, input.tin);
  const scope = input.shared ? null : organizationId;
  return inTransaction(ctx, async (tx) => {
    await tx.db
      .update(taxForms)
      .set({ status: 'superseded', updatedAt: tx.now })
      .where(
        and(
          eq(taxForms.affiliateId, affiliateId),
          scope ? eq(taxForms.organizationId, scope) : isNull(taxForms.organizationId),
          eq(taxForms.status, 'valid'),
        ),
      );
    const [form] = await tx.db
      .insert(taxForms)
      .values({
        affiliateId,
        organizationId: scope,
        kind: input.kind,
        legalName: input.legalName.trim(),
        businessName: input.businessName?.trim() || null,
        taxClassification: input.kind === 'w9' ? (input.taxClassification ?? null) : null,
        country: input.country,
        addressLine: input.addressLine.trim(),
        city: input.city.trim(),
        region: input.region?.trim() ?? '',
        postalCode: input.postalCode.trim(),
        tinEncrypted: await encryptSecret(tin, tx.config.DATA_ENCRYPTION_KEY),
        tinLast4: lastFour(tin),
        tinType: input.tinType,
        treatyCountry: input.treatyCountry ?? null,
        treatyRateBps: input.treatyRateBps ?? null,
        signatureName: input.signatureName.trim(),
        signedAt: tx.now,
        signedIp: tx.origin?.ip ?? 'unknown',
      })
      .returning();
    // The trail names the form, never its TIN (not even the last four: audit details are exported).
    await recordAudit({
      ctx: tx,
      input: {
        action: 'tax_form.signed',
        targetType: 'tax_form',
        targetId: form!.id,
        organizationId,
        after: { kind: form!.kind, shared: input.shared, country: form!.country },
      },
    });
    return taxFormView(form!);
  });
}
