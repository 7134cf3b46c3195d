import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { deleteStripeWebhook } from './delete-stripe-webhook';
import { getStripeWebhook } from './get-stripe-webhook';
import { postConversion } from './post-conversion';
import { receiveStripeWebhook } from './receive-stripe-webhook';
import { setStripeWebhook } from './set-stripe-webhook';

/**
 * Events partner apps send us: the signed conversion API and Stripe webhooks (public paths with
 * their own authentication), and the advertiser's Stripe settings (under /orgs, signed-in).
 */
export const inboundRoutes = new OpenAPIHono<AppEnv>()
  .route('/', postConversion)
  .route('/', receiveStripeWebhook)
  .route('/', getStripeWebhook)
  .route('/', setStripeWebhook)
  .route('/', deleteStripeWebhook);
