import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { acceptJoinLinkRoute } from './accept-join-link';
import { createRegistrationLinkRoute } from './create-registration-link';
import { getJoinLinkRoute } from './get-join-link';
import { inviteAffiliateRoute } from './invite-affiliate';
import { listProgramInvitationsRoute } from './list-program-invitations';
import { listRegistrationLinksRoute } from './list-registration-links';
import { revokeProgramInvitationRoute } from './revoke-program-invitation';
import { revokeRegistrationLinkRoute } from './revoke-registration-link';

/** Invite links (registration links) and program invitations by email; one operation per file. */
export const invitesRoutes = new OpenAPIHono<AppEnv>()
  .route('/', createRegistrationLinkRoute)
  .route('/', listRegistrationLinksRoute)
  .route('/', revokeRegistrationLinkRoute)
  .route('/', getJoinLinkRoute)
  .route('/', acceptJoinLinkRoute)
  .route('/', inviteAffiliateRoute)
  .route('/', listProgramInvitationsRoute)
  .route('/', revokeProgramInvitationRoute);
