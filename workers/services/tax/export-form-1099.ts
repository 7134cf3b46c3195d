import type { ServiceCall } from '../../context';
import { toCsv } from '../../domain/csv';
import { formatMinorUnits } from '../../domain/format-minor-units';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { form1099Payees } from './form-1099-payees';

/**
 * One row per payee, named after the fields of the payee ("B") record of IRS Publication 1220, the
 * information-return layout, in its order; the payer ("A") record's fields repeat on every row so the
 * file stands alone. TINs are masked to their last four (they never leave the database in full).
 */
const HEADER = [
  'Payment Year',
  'Type of Return',
  'Payer TIN',
  'Payer Name',
  'Payer Address',
  'Payee TIN Type',
  'Payee TIN',
  'Payer Account Number for Payee',
  'Payment Amount 1 (Nonemployee compensation)',
  'Payment Amount 4 (Federal income tax withheld)',
  'First Payee Name Line',
  'Second Payee Name Line',
  'Payee Mailing Address',
  'Payee City',
  'Payee State',
  'Payee ZIP Code',
  'Reporting rule',
];

/** The year's 1099-NEC export as CSV, audited (the rule and the count, no payee data). */
export async function exportForm1099({
  ctx,
  input,
}: ServiceCall<{ year: number }>): Promise<{ csv: string; filename: string; rule: string }> {
  const { organizationId } = actingAdvertiser(ctx);
  const year = await form1099Payees({ ctx, input: { organizationId, year: input.year } });
  const csv = toCsv(
    HEADER,
    year.payees.map(({ affiliateId, form, amountMinor }) => [
      year.year,
      'NE',
      year.payer.tinLast4 ? `XXXXX${year.payer.tinLast4}` : null,
      year.payer.name,
      year.payer.address.replace('\n', ', '),
      // Publication 1220: 1 = EIN, 2 = SSN, ITIN or ATIN.
      form.tinType === 'ein' ? '1' : '2',
      `XXXXX${form.tinLast4}`,
      affiliateId,
      { number: formatMinorUnits(amountMinor, 'USD') },
      { number: '0.00' },
      form.legalName,
      form.businessName,
      form.addressLine,
      form.city,
      form.region,
      form.postalCode,
      year.ruleText,
    ]),
  );
  await recordAudit({
    ctx,
    input: {
      action: 'form_1099.exported',
      targetType: 'organization',
      targetId: organizationId,
      organizationId,
      after: { year: input.year, payees: year.payees.length, rule: year.ruleText },
    },
  });
  return { csv, filename: `form-1099-nec-${input.year}.csv`, rule: year.ruleText };
}
