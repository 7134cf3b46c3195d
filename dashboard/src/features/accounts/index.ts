export { ChangePasswordForm } from './change-password-form';
export { ConnectedAccounts } from './connected-accounts';
export { DeleteAccountSection } from './delete-account-section';
export { LogOutEverywhereButton } from './log-out-everywhere-button';
export { LoginHistoryTable } from './login-history-table';
export { PaypalEmailSection } from './paypal-email-section';
export { ProfileDetailsForm } from './profile-details-form';
export {
  useFinishIdentityLink,
  useFinishProviderSignIn,
  useIdentities,
  useSignInProviders,
  useStartProvider,
} from './queries/identities';
export type { IdentityProvider } from './queries/identities';
export { meKeys, meQueryOptions, useMe, useUpdateMe } from './queries/me';
export type { Profile } from './queries/me';
export { useRequestPasswordReset, useResetPassword } from './queries/password';
export { useUndoPaypalEmailChange, useVerifyPaypalEmail } from './queries/paypal-email';
export {
  useApproveAffiliate,
  useBanUser,
  usePlatformUsers,
  useRejectAffiliate,
  useUnbanUser,
} from './queries/platform-users';
export type { PlatformUser, PlatformUsersQuery } from './queries/platform-users';
export { Section } from './section';
export { SessionsTable } from './sessions-table';
export { TwoFactorSection } from './two-factor-section';
