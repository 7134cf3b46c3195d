export { requireWiseAccount, resolveWiseAccount, type ResolvedWiseAccount } from './resolve-wise-account';
export { type ConnectOrgWiseInput, connectOrgWiseAccount } from './connect-org-wise-account';
export { getOrgWiseAccount, type OrgWiseAccountView } from './get-org-wise-account';
export { checkOrgWiseAccount, type WiseCheck } from './check-org-wise-account';
export { disconnectOrgWiseAccount } from './disconnect-org-wise-account';
export type { WiseProfileChoice } from './wise-profiles-of';
