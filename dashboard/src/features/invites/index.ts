export { InvitesPage } from './invites-page';
export { JoinPage } from './join-page';
export { useAcceptInvitation } from './queries/invitations';
