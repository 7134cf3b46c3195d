export { PaypalMode } from '../../../schema/org-paypal-accounts';
export { type ConnectOrgPaypalInput, connectOrgPaypalAccount } from './connect-org-paypal-account';
export { disconnectOrgPaypalAccount } from './disconnect-org-paypal-account';
export { getOrgPaypalAccount, type OrgPaypalAccountView } from './get-org-paypal-account';
export { requirePaypalAccount } from './require-paypal-account';
export { ownPaypalAccount, type ResolvedPaypalAccount, resolvePaypalAccount } from './resolve-paypal-account';
