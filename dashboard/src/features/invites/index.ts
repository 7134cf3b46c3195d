export { AcceptInvitationPanel } from './accept-invitation-panel';
export { InvitesPage } from './invites-page';
export { JoinPage } from './join-page';
