import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { connectPaypalAccountRoute } from './connect-paypal-account';
import { disconnectPaypalAccountRoute } from './disconnect-paypal-account';
import { getPaypalAccountRoute } from './get-paypal-account';
import { receiveOrgPaypalWebhookRoute } from '../payouts/receive-paypal-webhook';

/** An organization's own PayPal app (owners connect it; finance reads it) and its webhook endpoint. */
export const paypalAccountsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', getPaypalAccountRoute)
  .route('/', connectPaypalAccountRoute)
  .route('/', disconnectPaypalAccountRoute)
  .route('/', receiveOrgPaypalWebhookRoute);
