import type { JoinLinkState } from '../../domain/join-link';

/** The message beside each refusal code of a registration link. */
export const JOIN_LINK_MESSAGES: Record<Exclude<JoinLinkState, 'valid'>, string> = {
  join_link_revoked: 'This invite link was revoked by the advertiser',
  join_link_expired: 'This invite link has expired; ask the advertiser for a new one',
  join_link_used_up: 'This invite link has been used as many times as the advertiser allowed',
  join_link_unavailable: 'There is no active program to join through this link right now',
};
