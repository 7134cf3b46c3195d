import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { arrayLiteral } from '../../db/array-literal';
import { taxFormNeeded } from '../../domain/tax-form-requirement';
import { findValidForms } from './find-valid-forms';
import { readTaxSettings } from './get-tax-settings';

/** Item statuses whose money reached, or is on its way to, the affiliate: what "paid this year" counts. */
const COUNTED = sql`('pending', 'success', 'unclaimed', 'onhold')`;

/**
 * Which of these payouts must wait for a tax form: the advertiser asks for one (always, or once the
 * year's payouts in this currency pass its amount) and the affiliate has no valid form that counts
 * here. Read in the proposal's transaction; the hold lifts by itself at the next proposal once the
 * form is in, since nothing is stored about it.
 */
export async function payoutsHeldForTaxForms({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; currency: string; payouts: ReadonlyMap<string, number> }>): Promise<
  Set<string>
> {
  const settings = await readTaxSettings({ ctx, input: { organizationId: input.organizationId } });
  if (settings.formRequirement === 'never' || input.payouts.size === 0) return new Set();
  const affiliateIds = [...input.payouts.keys()];
  const forms = await findValidForms({
    ctx,
    input: { organizationId: input.organizationId, affiliateIds, acceptsSharedForms: settings.acceptsSharedForms },
  });
  const without = affiliateIds.filter((id) => !forms.has(id));
  if (without.length === 0) return new Set();
  const yearStart = new Date(Date.UTC(ctx.now.getUTCFullYear(), 0, 1));
  const paid = await ctx.db.execute(sql`
    SELECT i.affiliate_id, sum(i.amount_minor)::text AS paid_minor
    FROM affiliate.payout_items i
    WHERE i.organization_id = ${input.organizationId} AND i.currency = ${input.currency}
      AND i.affiliate_id = ANY(${arrayLiteral(without)}::uuid[]) AND i.status IN ${COUNTED}
      AND coalesce(i.paid_at, i.created_at) >= ${yearStart}
    GROUP BY i.affiliate_id`);
  const paidOf = new Map(
    (paid.rows as { affiliate_id: string; paid_minor: string }[]).map((r) => [r.affiliate_id, Number(r.paid_minor)]),
  );
  return new Set(
    without.filter((id) =>
      taxFormNeeded(settings, {
        currency: input.currency,
        paidThisYearMinor: paidOf.get(id) ?? 0,
        payoutMinor: input.payouts.get(id) ?? 0,
      }),
    ),
  );
}
