import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { acceptInvitationRoute } from './accept-invitation';
import { approveAffiliateRoute } from './approve-affiliate';
import { banUserRoute } from './ban-user';
import { changeMemberRoleRoute } from './change-member-role';
import { changePasswordRoute } from './change-password';
import { deleteAccountRoute } from './delete-account';
import { disableTwoFactorRoute } from './disable-two-factor';
import { enableTwoFactorRoute } from './enable-two-factor';
import { finishIdentityLinkRoute } from './finish-identity-link';
import { finishProviderSignInRoute } from './finish-provider-sign-in';
import { listIdentitiesRoute } from './list-identities';
import { listSignInProvidersRoute } from './list-sign-in-providers';
import { startIdentityLinkRoute } from './start-identity-link';
import { startProviderSignInRoute } from './start-provider-sign-in';
import { unlinkIdentityRoute } from './unlink-identity';
import { getDeletionCheckRoute } from './get-deletion-check';
import { getMeRoute } from './get-me';
import { inviteMemberRoute } from './invite-member';
import { listInvitationsRoute } from './list-invitations';
import { listMembersRoute } from './list-members';
import { listLoginsRoute } from './list-logins';
import { listSessionsRoute } from './list-sessions';
import { listUsersRoute } from './list-users';
import { logInRoute } from './log-in';
import { logInTwoFactorRoute } from './log-in-two-factor';
import { logOutRoute } from './log-out';
import { logOutEverywhereRoute } from './log-out-everywhere';
import { readDevMailboxRoute } from './read-dev-mailbox';
import { refreshSessionRoute } from './refresh-session';
import { regenerateRecoveryCodesRoute } from './regenerate-recovery-codes';
import { rejectAffiliateRoute } from './reject-affiliate';
import { removeMemberRoute } from './remove-member';
import { requestPasswordResetRoute } from './request-password-reset';
import { resendVerificationRoute } from './resend-verification';
import { resetPasswordRoute } from './reset-password';
import { resumeSessionRoute } from './resume-session';
import { revokeInvitationRoute } from './revoke-invitation';
import { revokeSessionRoute } from './revoke-session';
import { setPaypalEmailRoute } from './set-paypal-email';
import { setUpTwoFactorRoute } from './set-up-two-factor';
import { signUpRoute } from './sign-up';
import { unbanUserRoute } from './unban-user';
import { undoPaypalEmailChangeRoute } from './undo-paypal-email-change';
import { updateMeRoute } from './update-me';
import { verifyEmailRoute } from './verify-email';
import { verifyPaypalEmailRoute } from './verify-paypal-email';

/** The accounts routes; each operation lives in its own file and is mounted here. */
export const accountsRoutes = new OpenAPIHono<AppEnv>();

for (const routes of [
  // public: /auth/*
  signUpRoute,
  verifyEmailRoute,
  resendVerificationRoute,
  logInRoute,
  logInTwoFactorRoute,
  refreshSessionRoute,
  resumeSessionRoute,
  requestPasswordResetRoute,
  resetPasswordRoute,
  acceptInvitationRoute,
  verifyPaypalEmailRoute,
  undoPaypalEmailChangeRoute,
  listSignInProvidersRoute,
  startProviderSignInRoute,
  finishProviderSignInRoute,
  // signed in: /me/*
  getMeRoute,
  updateMeRoute,
  setPaypalEmailRoute,
  changePasswordRoute,
  logOutRoute,
  logOutEverywhereRoute,
  listSessionsRoute,
  revokeSessionRoute,
  listLoginsRoute,
  setUpTwoFactorRoute,
  enableTwoFactorRoute,
  disableTwoFactorRoute,
  regenerateRecoveryCodesRoute,
  listIdentitiesRoute,
  startIdentityLinkRoute,
  finishIdentityLinkRoute,
  unlinkIdentityRoute,
  getDeletionCheckRoute,
  deleteAccountRoute,
  // advertiser context: /orgs/:orgId/*
  listMembersRoute,
  changeMemberRoleRoute,
  removeMemberRoute,
  listInvitationsRoute,
  inviteMemberRoute,
  revokeInvitationRoute,
  // platform staff: /platform/*
  listUsersRoute,
  approveAffiliateRoute,
  rejectAffiliateRoute,
  banUserRoute,
  unbanUserRoute,
  // development only
  readDevMailboxRoute,
]) {
  accountsRoutes.route('/', routes);
}
