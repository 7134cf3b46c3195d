import { and, eq } from 'drizzle-orm';
import { payoutMethods, users } from '../../../schema';
import type { PayoutRail } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { railsForCountry } from '../../domain/payout-rails';
import { AppError } from '../../errors/app-error';
import { stripeAccountAgreement } from '../../domain/stripe-cross-border';
import { type ConnectedAccount, createExpressAccount, getPlatformAccount } from '../../integrations/stripe';
import { affiliateScope } from '../access';
import { recordAudit } from '../audit';
import { giftCardsFor, requireTremendousAccount } from '../tremendous-accounts';
import { requireStripePayoutAccount } from './require-stripe-payout-account';
import { callStripeConnect } from './stripe-call';

/**
 * Chooses how the selected advertiser pays the signed-in affiliate: the country they are paid in
 * and a rail that serves it. Choosing Stripe creates their Express account on the advertiser's
 * Stripe platform (once per country: Stripe fixes an account's country; across a border under the
 * recipient service agreement, see domain/stripe-cross-border.ts), before anything is
 * written; the Idempotency-Key of the pair and country makes a double submit create one account.
 * New payout items follow the choice; items already proposed keep their destination. Audited.
 */
export async function setMyPayoutMethod({ ctx, input }: ServiceCall<{ country: string; rail: PayoutRail }>) {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  if (!railsForCountry(input.country).includes(input.rail))
    throw new AppError('rail_country_unsupported', `${input.rail} does not pay affiliates in ${input.country}`, {
      rail: input.rail,
      country: input.country,
    });
  // Gift cards: the advertiser pays through Tremendous, and Tremendous's catalog has cards for the country.
  if (input.rail === 'tremendous') {
    const account = await requireTremendousAccount({ ctx, input: { organizationId } });
    if ((await giftCardsFor({ ctx, input: { account, country: input.country } })).length === 0)
      throw new AppError('rail_country_unsupported', `Tremendous has no gift cards for ${input.country}`, {
        rail: input.rail,
        country: input.country,
      });
  }
  const [current] = await ctx.db
    .select()
    .from(payoutMethods)
    .where(and(eq(payoutMethods.affiliateId, affiliateId), eq(payoutMethods.organizationId, organizationId)));
  // An Express account belongs to one country; a new country needs a new account when Stripe is chosen.
  let stripeAccountId = current && current.country === input.country ? current.stripeAccountId : null;
  let created: ConnectedAccount | null = null;
  if (input.rail === 'stripe' && !stripeAccountId) {
    const { config } = await requireStripePayoutAccount({ ctx, input: { organizationId } });
    // The platform's own country decides whether this is a cross-border account (recipient agreement)
    // or one Stripe cannot open at all: refused here rather than when Stripe says no.
    const platform = await callStripeConnect({
      ctx,
      input: { what: 'read the advertiser’s Stripe account', call: () => getPlatformAccount(config) },
    });
    const serviceAgreement = stripeAccountAgreement(platform.country ?? '', input.country);
    if (!serviceAgreement)
      throw new AppError(
        'rail_country_unsupported',
        `Stripe cannot pay affiliates in ${input.country} from this advertiser’s Stripe account (${platform.country ?? 'country unknown'})`,
        { rail: input.rail, country: input.country },
      );
    const [user] = await ctx.db.select({ email: users.email }).from(users).where(eq(users.id, affiliateId));
    const account = await callStripeConnect({
      ctx,
      input: {
        what: 'create your Stripe account',
        call: () =>
          createExpressAccount(
            config,
            { country: input.country, email: user!.email, affiliateId, organizationId, serviceAgreement },
            `payout-method-${organizationId}-${affiliateId}-${input.country}`,
          ),
      },
    });
    stripeAccountId = account.id;
    created = account;
  }
  // Another (or no) account: the old one's onboarding state does not describe it.
  const stateReset =
    stripeAccountId === (current?.stripeAccountId ?? null)
      ? {}
      : {
          stripeDetailsSubmitted: created?.details_submitted ?? false,
          stripePayoutsEnabled: created?.payouts_enabled ?? false,
          stripeRequirementsDue: created?.requirements?.currently_due ?? [],
          stripeLastPayoutStatus: null,
          stripeLastPayoutFailure: null,
          stripeCheckedAt: created ? ctx.now : null,
        };
  const values = { country: input.country, rail: input.rail, stripeAccountId, ...stateReset, updatedAt: ctx.now };
  await inTransaction(ctx, async (tx) => {
    await tx.db
      .insert(payoutMethods)
      .values({ affiliateId, organizationId, ...values })
      .onConflictDoUpdate({ target: [payoutMethods.affiliateId, payoutMethods.organizationId], set: values });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'payout_method.changed',
        targetType: 'user',
        targetId: affiliateId,
        organizationId,
        before: current
          ? { country: current.country, rail: current.rail, stripeAccountId: current.stripeAccountId }
          : null,
        after: { country: input.country, rail: input.rail, stripeAccountId },
      },
    });
  });
}
