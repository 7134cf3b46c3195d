import { connectPaypalAccountRoute } from './connect-paypal-account';
import { disconnectPaypalAccountRoute } from './disconnect-paypal-account';
import { getPaypalAccountRoute } from './get-paypal-account';
import { receiveOrgPaypalWebhookRoute } from '../payouts/receive-paypal-webhook';
import { mountRoutes } from '../mount-routes';

/** An organization's own PayPal app (owners connect it; finance reads it) and its webhook endpoint. */
export const paypalAccountsRoutes = mountRoutes([
  getPaypalAccountRoute,
  connectPaypalAccountRoute,
  disconnectPaypalAccountRoute,
  receiveOrgPaypalWebhookRoute,
]);
