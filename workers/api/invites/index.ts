import { acceptJoinLinkRoute } from './accept-join-link';
import { acceptMyInvitationRoute } from './accept-my-invitation';
import { createRegistrationLinkRoute } from './create-registration-link';
import { declineInvitationRoute } from './decline-invitation';
import { getJoinLinkRoute } from './get-join-link';
import { inviteAffiliateRoute } from './invite-affiliate';
import { listMyInvitationsRoute } from './list-my-invitations';
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
  listMyInvitationsRoute,
  acceptMyInvitationRoute,
  declineInvitationRoute,
]);
