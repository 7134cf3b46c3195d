import { acceptJoinLinkRoute } from './accept-join-link';
import { createRegistrationLinkRoute } from './create-registration-link';
import { getJoinLinkRoute } from './get-join-link';
import { inviteAffiliateRoute } from './invite-affiliate';
import { listProgramInvitationsRoute } from './list-program-invitations';
import { listRegistrationLinksRoute } from './list-registration-links';
import { revokeProgramInvitationRoute } from './revoke-program-invitation';
import { revokeRegistrationLinkRoute } from './revoke-registration-link';
import { mountRoutes } from '../mount-routes';

/** Invite links (registration links) and program invitations by email; one operation per file. */
export const invitesRoutes = mountRoutes([
  createRegistrationLinkRoute,
  listRegistrationLinksRoute,
  revokeRegistrationLinkRoute,
  getJoinLinkRoute,
  acceptJoinLinkRoute,
  inviteAffiliateRoute,
  listProgramInvitationsRoute,
  revokeProgramInvitationRoute,
]);
