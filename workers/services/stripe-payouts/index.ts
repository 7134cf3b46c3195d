export { type ConnectOrgStripeInput, connectOrgStripeAccount } from './connect-org-stripe-account';
export { disconnectOrgStripeAccount } from './disconnect-org-stripe-account';
export { getOrgStripeAccount, type OrgStripeAccountView } from './get-org-stripe-account';
export { refreshMyStripeAccount } from './refresh-my-stripe-account';
export { setMyPayoutMethod } from './set-my-payout-method';
export { startStripeOnboarding } from './start-stripe-onboarding';

// Steps the payouts area takes inside its own verbs (sending, webhooks, polling).
export { applyStripeAccountState } from './apply-stripe-account-state';
export { noteConnectedPayout } from './note-connected-payout';
export { requireStripePayoutAccount } from './require-stripe-payout-account';
export { type ResolvedStripePayoutAccount, resolveStripePayoutAccount } from './resolve-stripe-payout-account';
