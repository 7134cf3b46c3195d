import { sql } from 'drizzle-orm';
import type { TaxFormRequirement } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { affiliateScope } from '../access';
import { findValidForms } from './find-valid-forms';
import { readTaxSettings } from './get-tax-settings';
import { payoutsHeldForTaxForms } from './tax-holds';
import { type TaxFormView, taxFormView } from './tax-form-view';

export interface MyTaxStatus {
  formRequirement: TaxFormRequirement;
  thresholdMinor: number | null;
  thresholdCurrency: string | null;
  acceptsSharedForms: boolean;
  /** The form that counts with this advertiser, or null. */
  form: TaxFormView | null;
  /** Balances the next payout would leave out until a form is in, per currency. */
  holds: { currency: string; amountMinor: number; reason: 'tax_form_required' }[];
}

/**
 * The affiliate's tax standing with the advertiser it works in: what the advertiser asks for, the form
 * that counts, and which approved balances are held for want of one (the same rule the proposal applies).
 */
export async function getMyTaxStatus({ ctx }: ServiceCall<void>): Promise<MyTaxStatus> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const settings = await readTaxSettings({ ctx, input: { organizationId } });
  const forms = await findValidForms({
    ctx,
    input: { organizationId, affiliateIds: [affiliateId], acceptsSharedForms: settings.acceptsSharedForms },
  });
  const balances = await ctx.db.execute(sql`
    SELECT c.currency, sum(c.amount_minor)::text AS amount_minor
    FROM affiliate.commissions c
    WHERE c.organization_id = ${organizationId} AND c.beneficiary_id = ${affiliateId} AND c.status = 'approved'
      AND NOT EXISTS (SELECT 1 FROM affiliate.payout_item_commissions l WHERE l.commission_id = c.id)
    GROUP BY c.currency ORDER BY c.currency`);
  const holds: MyTaxStatus['holds'] = [];
  for (const row of balances.rows as { currency: string; amount_minor: string }[]) {
    const amountMinor = Number(row.amount_minor);
    if (amountMinor <= 0) continue;
    const held = await payoutsHeldForTaxForms({
      ctx,
      input: { organizationId, currency: row.currency, payouts: new Map([[affiliateId, amountMinor]]) },
    });
    if (held.has(affiliateId)) holds.push({ currency: row.currency, amountMinor, reason: 'tax_form_required' });
  }
  const form = forms.get(affiliateId);
  return {
    formRequirement: settings.formRequirement,
    thresholdMinor: settings.thresholdMinor,
    thresholdCurrency: settings.thresholdCurrency,
    acceptsSharedForms: settings.acceptsSharedForms,
    form: form ? taxFormView(form) : null,
    holds,
  };
}
