export { BillingProviderSection } from './billing-provider-section';
export { StripeDiscountsSection } from './stripe-discounts-section';
export { StripeSection } from './stripe-section';
