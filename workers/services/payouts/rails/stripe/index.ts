import { RAIL_FACTS } from '../../../../domain/payout-rails';
import type { StripeConfig } from '../../../../integrations/stripe';
import { requireStripePayoutAccount, resolveStripePayoutAccount } from '../../../stripe-payouts';
import type { PayoutRail } from '../rail';
import { pollStripePart } from './poll-stripe-part';
import { receiveStripePayoutWebhook } from './receive-stripe-payout-webhook';
import { sendStripePart } from './send-stripe-part';
import { stripeDestinations } from './stripe-destinations';

/** Stripe Connect: one transfer per item to the affiliate's Express account, read back for reversals. */
export const stripeRail: PayoutRail<StripeConfig, Parameters<typeof receiveStripePayoutWebhook>[0]['input']> = {
  name: 'stripe',
  facts: RAIL_FACTS.stripe,
  resolveAccount: async (call) => (await resolveStripePayoutAccount(call))?.config ?? null,
  requireAccount: async (call) => (await requireStripePayoutAccount(call)).config,
  offeredBy: async (call) => (await resolveStripePayoutAccount(call)) !== null,
  destinations: stripeDestinations,
  sendPart: ({ ctx, input: { account, part, currency } }) =>
    sendStripePart({ ctx, input: { cfg: account, part, currency } }),
  pollableWhere: undefined,
  pollPart: ({ ctx, input: { account, part } }) => pollStripePart({ ctx, input: { cfg: account, part } }),
  receiveWebhook: receiveStripePayoutWebhook,
};

export { receiveStripePayoutWebhook, type StripeWebhookResult } from './receive-stripe-payout-webhook';
