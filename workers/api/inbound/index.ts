import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { deleteStripeWebhookRoute } from './delete-stripe-webhook';
import { getStripeWebhookRoute } from './get-stripe-webhook';
import { listWaitingRefundsRoute } from './list-waiting-refunds';
import { postConversionRoute } from './post-conversion';
import { receiveStripeWebhookRoute } from './receive-stripe-webhook';
import { setStripeWebhookRoute } from './set-stripe-webhook';

/**
 * Events partner apps send us: the signed conversion API and Stripe webhooks (public paths with
 * their own authentication), and the advertiser's Stripe settings and waiting refunds (under /orgs,
 * signed-in).
 */
export const inboundRoutes = new OpenAPIHono<AppEnv>()
  .route('/', postConversionRoute)
  .route('/', receiveStripeWebhookRoute)
  .route('/', getStripeWebhookRoute)
  .route('/', setStripeWebhookRoute)
  .route('/', deleteStripeWebhookRoute)
  .route('/', listWaitingRefundsRoute);
