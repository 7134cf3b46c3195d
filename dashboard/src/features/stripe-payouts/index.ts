export { useOrgStripe } from './queries/org-stripe';
export { StripeConnection } from './stripe-connection';
