import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { getBillingRoute } from './get-billing';
import { openPortalRoute } from './open-portal';
import { receiveBillingWebhookRoute } from './receive-billing-webhook';
import { startCheckoutRoute } from './start-checkout';

/** Paying for plans through Stripe Billing: the organization's billing (signed in) and Stripe's webhook (public, signed). */
export const billingRoutes = new OpenAPIHono<AppEnv>()
  .route('/', getBillingRoute)
  .route('/', startCheckoutRoute)
  .route('/', openPortalRoute)
  .route('/', receiveBillingWebhookRoute);
