export {
  type InlinePrice,
  changeSubscriptionPrice,
  createCheckoutSession,
  createCustomer,
  createPortalSession,
  getSubscription,
} from './billing-api';
export { periodEndOf, type StripeSubscription, stripeSubscription } from './billing-objects';
export { StripeApiError, type StripeConfig } from './stripe-client';
export {
  createPromotionCode,
  DISCOUNT_API_VERSION,
  ensureCoupon,
  setPromotionCodeActive,
  type StripePromotionCode,
} from './discount-api';
export {
  CONNECT_API_VERSION,
  type ConnectedAccount,
  connectedAccount,
  createAccountLink,
  createExpressAccount,
  createTransfer,
  getConnectedAccount,
  getPlatformAccount,
  getTransfer,
  type StripeTransfer,
  stripeTransfer,
} from './connect-api';
