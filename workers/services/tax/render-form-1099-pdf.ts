import type { ServiceCall } from '../../context';
import { form1099CopyBDocument } from '../../domain/tax-documents';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser, affiliateScope } from '../access';
import { renderPdfFile } from '../render-file';
import { form1099Payees } from './form-1099-payees';

/**
 * Copy B of a payee's 1099-NEC for a year: the advertiser for any of its payees, the affiliate for
 * itself (in that advertiser's context). Computed from the year's payments each time; dated the
 * 31st of January after the year, the furnishing deadline, so the bytes stay the same.
 */
export async function renderForm1099Pdf({
  ctx,
  input,
}: ServiceCall<{ year: number; affiliateId?: string | undefined }>): Promise<{ pdf: Uint8Array; filename: string }> {
  const scope =
    ctx.tenant?.kind === 'affiliate'
      ? affiliateScope(ctx)
      : { organizationId: actingAdvertiser(ctx).organizationId, affiliateId: input.affiliateId };
  if (!scope.affiliateId) throw new NotFoundError('1099');
  const year = await form1099Payees({
    ctx,
    input: { organizationId: scope.organizationId, year: input.year, affiliateId: scope.affiliateId },
  });
  const payee = year.payees[0];
  if (!payee) throw new NotFoundError('1099');
  const { form } = payee;
  const pdf = await renderPdfFile({
    ctx,
    input: form1099CopyBDocument({
      year: year.year,
      payer: { name: year.payer.name, address: year.payer.address, tinLast4: year.payer.tinLast4 },
      payee: {
        name: form.businessName ? `${form.legalName}\n${form.businessName}` : form.legalName,
        address: `${form.addressLine}\n${[form.city, form.region, form.postalCode].filter(Boolean).join(', ')}`,
        tinType: form.tinType === 'foreign' ? 'ssn' : form.tinType,
        tinLast4: form.tinLast4,
      },
      amountMinor: payee.amountMinor,
      accountNumber: payee.affiliateId,
      issuedAt: new Date(Date.UTC(year.year + 1, 0, 31)),
    }),
  });
  return { pdf, filename: `form-1099-nec-${year.year}-copy-b.pdf` };
}
