export {
  requireTremendousAccount,
  resolveTremendousAccount,
  type ResolvedTremendousAccount,
} from './resolve-tremendous-account';
export { giftCardsFor } from './gift-cards-for';
export { type ConnectOrgTremendousInput, connectOrgTremendousAccount } from './connect-org-tremendous-account';
export { getOrgTremendousAccount, type OrgTremendousAccountView } from './get-org-tremendous-account';
export { checkOrgTremendousAccount, type TremendousCheck } from './check-org-tremendous-account';
export { disconnectOrgTremendousAccount } from './disconnect-org-tremendous-account';
