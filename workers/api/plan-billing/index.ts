import { getBillingRoute } from './get-billing';
import { openPortalRoute } from './open-portal';
import { receiveBillingWebhookRoute } from './receive-billing-webhook';
import { startCheckoutRoute } from './start-checkout';
import { mountRoutes } from '../mount-routes';

/** Paying for plans through Stripe Billing: the organization's billing (signed in) and Stripe's webhook (public, signed). */
export const planBillingRoutes = mountRoutes([
  getBillingRoute,
  startCheckoutRoute,
  openPortalRoute,
  receiveBillingWebhookRoute,
]);
