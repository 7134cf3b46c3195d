import { connectStripePayoutAccountRoute } from './connect-stripe-payout-account';
import { disconnectStripePayoutAccountRoute } from './disconnect-stripe-payout-account';
import { getMyPayoutMethodsRoute } from './get-my-payout-methods';
import { getStripePayoutAccountRoute } from './get-stripe-payout-account';
import { receiveStripePayoutWebhookRoute } from './receive-stripe-payout-webhook';
import { refreshMyStripeAccountRoute } from './refresh-my-stripe-account';
import { setMyPayoutMethodRoute } from './set-my-payout-method';
import { startStripeOnboardingRoute } from './start-stripe-onboarding';
import { mountRoutes } from '../mount-routes';

/**
 * The Stripe Connect payout rail: an organization's Stripe account (owners connect it; finance
 * reads it), its Connect webhook endpoint, and each affiliate's payout method with that advertiser.
 */
export const stripePayoutsRoutes = mountRoutes([
  getStripePayoutAccountRoute,
  connectStripePayoutAccountRoute,
  disconnectStripePayoutAccountRoute,
  receiveStripePayoutWebhookRoute,
  getMyPayoutMethodsRoute,
  setMyPayoutMethodRoute,
  startStripeOnboardingRoute,
  refreshMyStripeAccountRoute,
]);
