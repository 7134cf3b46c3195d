import { eq, sql } from 'drizzle-orm';
import { form1099Thresholds, type TaxForm } from '../../../schema';
import type { ServiceCall } from '../../context';
import { arrayLiteral } from '../../db/array-literal';
import { type Form1099Rule, form1099Rule, form1099RuleText, isReportable } from '../../domain/form-1099';
import { AppError } from '../../errors/app-error';
import { findValidForms } from './find-valid-forms';
import { readTaxSettings } from './get-tax-settings';

export interface Form1099Payee {
  affiliateId: string;
  email: string;
  form: TaxForm;
  /** Box 1: USD paid in the year on rails not left out, in cents. */
  amountMinor: number;
}

export interface Form1099Year {
  year: number;
  /** The rule applied, as data (threshold, currency, rails left out). */
  rule: Form1099Rule;
  /** The rule as an English sentence, stated in the CSV export. */
  ruleText: string;
  payer: { name: string; address: string; tinLast4: string | null; country: string | null };
  payees: Form1099Payee[];
}

/**
 * The advertiser's 1099-NEC payees of a year: affiliates with a valid W-9 that counts here, paid at
 * least the year's threshold in USD by items that reached success during the year, leaving out the
 * rails the advertiser marked as reported on a 1099-K. A year from 2027 needs its threshold set by staff.
 */
export async function form1099Payees({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; year: number; affiliateId?: string | undefined }>): Promise<Form1099Year> {
  const [staff] = await ctx.db.select().from(form1099Thresholds).where(eq(form1099Thresholds.year, input.year));
  const settings = await readTaxSettings({ ctx, input: { organizationId: input.organizationId } });
  const rule = form1099Rule({
    year: input.year,
    staffSetMinor: staff?.amountMinor ?? null,
    excludedRails: settings.form1099ExcludedRails,
  });
  if (rule === null)
    throw new AppError(
      'form_1099_threshold_unset',
      `The 1099-NEC threshold for ${input.year} is not set yet: platform staff set it under form-1099-thresholds`,
      { setting: 'form_1099_threshold', year: input.year },
    );
  const { thresholdMinor, excludedRails } = rule;
  const from = new Date(Date.UTC(input.year, 0, 1));
  const to = new Date(Date.UTC(input.year + 1, 0, 1));
  const paid = await ctx.db.execute(sql`
    SELECT i.affiliate_id, u.email, sum(i.amount_minor)::text AS amount_minor
    FROM affiliate.payout_items i
    JOIN affiliate.users u ON u.id = i.affiliate_id
    WHERE i.organization_id = ${input.organizationId} AND i.currency = 'USD' AND i.status = 'success'
      AND i.paid_at >= ${from} AND i.paid_at < ${to}
      AND NOT (i.rail = ANY(${arrayLiteral(excludedRails)}::text[]))
      AND (${input.affiliateId ?? null}::uuid IS NULL OR i.affiliate_id = ${input.affiliateId ?? null}::uuid)
    GROUP BY i.affiliate_id, u.email
    ORDER BY i.affiliate_id`);
  const rows = (paid.rows as { affiliate_id: string; email: string; amount_minor: string }[]).filter((r) =>
    isReportable(Number(r.amount_minor), thresholdMinor),
  );
  const forms = await findValidForms({
    ctx,
    input: {
      organizationId: input.organizationId,
      affiliateIds: rows.map((r) => r.affiliate_id),
      acceptsSharedForms: settings.acceptsSharedForms,
    },
  });
  const payees: Form1099Payee[] = [];
  for (const r of rows) {
    const form = forms.get(r.affiliate_id);
    // Only US persons get a 1099: a W-8 (or no form) is not reported on it.
    if (form?.kind === 'w9')
      payees.push({ affiliateId: r.affiliate_id, email: r.email, form, amountMinor: Number(r.amount_minor) });
  }
  return {
    year: input.year,
    rule,
    ruleText: form1099RuleText(rule),
    payer: {
      name: settings.legalName,
      address: [settings.addressLine, [settings.city, settings.region, settings.postalCode].filter(Boolean).join(', ')]
        .filter(Boolean)
        .join('\n'),
      tinLast4: settings.payerTinLast4,
      country: settings.country,
    },
    payees,
  };
}
