import { deleteBillingWebhookRoute } from './delete-billing-webhook';
import { deleteStripeDiscountKeyRoute } from './delete-stripe-discount-key';
import { deleteStripeWebhookRoute } from './delete-stripe-webhook';
import { getStripeDiscountsRoute } from './get-stripe-discounts';
import { setStripeDiscountKeyRoute } from './set-stripe-discount-key';
import { getBillingWebhooksRoute } from './get-billing-webhooks';
import { getStripeWebhookRoute } from './get-stripe-webhook';
import { listWaitingRefundsRoute } from './list-waiting-refunds';
import { postConversionRoute } from './post-conversion';
import { receiveGenericBillingWebhookRoute } from './receive-generic-billing-webhook';
import { receiveLemonSqueezyWebhookRoute } from './receive-lemon-squeezy-webhook';
import { receivePaddleWebhookRoute } from './receive-paddle-webhook';
import { receiveStripeWebhookRoute } from './receive-stripe-webhook';
import { setBillingWebhookRoute } from './set-billing-webhook';
import { setStripeWebhookRoute } from './set-stripe-webhook';
import { mountRoutes } from '../mount-routes';

/**
 * Events partner apps send us: the signed conversion API and the conversion sources' webhooks
 * (Stripe, Paddle, Lemon Squeezy, the generic one: public paths with their own authentication), and
 * the advertiser's webhook settings and waiting refunds (under /orgs, signed-in).
 */
export const inboundRoutes = mountRoutes([
  postConversionRoute,
  receiveStripeWebhookRoute,
  getStripeWebhookRoute,
  setStripeWebhookRoute,
  deleteStripeWebhookRoute,
  getStripeDiscountsRoute,
  setStripeDiscountKeyRoute,
  deleteStripeDiscountKeyRoute,
  listWaitingRefundsRoute,
  receivePaddleWebhookRoute,
  receiveLemonSqueezyWebhookRoute,
  receiveGenericBillingWebhookRoute,
  getBillingWebhooksRoute,
  setBillingWebhookRoute,
  deleteBillingWebhookRoute,
]);
