import { BASE32_CROCKFORD, randomString } from './random-codes';

/** Why a registration link can or cannot be used; every state but `valid` is also an error code. */
export const JoinLinkState = [
  'valid',
  'join_link_revoked',
  'join_link_expired',
  'join_link_used_up',
  'join_link_unavailable',
] as const;
export type JoinLinkState = (typeof JoinLinkState)[number];

export interface JoinLinkFacts {
  revokedAt: Date | null;
  expiresAt: Date | null;
  maxUses: number | null;
  usesCount: number;
  /** Whether anything is left to join: the program (or, for an organization link, one program) is active. */
  joinable: boolean;
}

/**
 * What the join page shows and what accepting checks, in one order: revoked beats expired beats used up,
 * so the answer names the advertiser's own decision first. The max-th use is allowed; the one after is not.
 */
export function joinLinkState(link: JoinLinkFacts, now: Date): JoinLinkState {
  if (link.revokedAt) return 'join_link_revoked';
  if (link.expiresAt && link.expiresAt <= now) return 'join_link_expired';
  if (link.maxUses !== null && link.usesCount >= link.maxUses) return 'join_link_used_up';
  if (!link.joinable) return 'join_link_unavailable';
  return 'valid';
}

/** The `{code}` of `/join/{code}`: 20 Crockford base32 characters, 100 bits, never guessed. */
export const randomJoinCode = (): string => randomString(BASE32_CROCKFORD, 20);
