export type { OrgSubscription, Plan } from '../../../schema';
export { applyBillingEvent, type BillingEventOutcome } from './apply-billing-event';
export { downgradeLapsedSubscriptions } from './downgrade-lapsed-subscriptions';
export { type BillingOverview, getBilling } from './get-billing';
export { openPortal } from './open-portal';
export { type CheckoutResult, startCheckout } from './start-checkout';
