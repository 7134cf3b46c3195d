import { BASE32_CROCKFORD } from './random-codes';

const RECRUIT_CODE = new RegExp(`^[${BASE32_CROCKFORD}]{10}$`);

/**
 * The stored form of a typed or pasted recruit code, or null when it cannot be one. Case and
 * surrounding spaces do not matter; Crockford's look-alikes (O for 0, I and L for 1) are read as digits.
 */
export function normalizeRecruitCode(raw: string): string | null {
  const code = raw.trim().toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  return RECRUIT_CODE.test(code) ? code : null;
}

export const RECRUIT_STATUSES = ['unverified', 'pending_approval', 'approved', 'banned', 'deleted'] as const;
export type RecruitStatus = (typeof RECRUIT_STATUSES)[number];

export interface RecruitFacts {
  emailVerified: boolean;
  approvedAffiliate: boolean;
  banned: boolean;
  blocked: boolean;
  deletedAt: Date | null;
}

/** Where a recruit stands, as the referrer sees it; the gravest fact wins. */
export function recruitStatus(r: RecruitFacts): RecruitStatus {
  if (r.deletedAt) return 'deleted';
  if (r.banned || r.blocked) return 'banned';
  if (!r.emailVerified) return 'unverified';
  return r.approvedAffiliate ? 'approved' : 'pending_approval';
}

/**
 * How a recruit appears to the referrer: first name and the initial of the last name, never the
 * email (the recruit did not agree to show it). Null when the recruit gave no name or deleted the account.
 */
export function recruitDisplayName(firstName: string | null, lastName: string | null): string | null {
  const first = firstName?.trim();
  if (!first) return null;
  const initial = lastName?.trim().charAt(0);
  return initial ? `${first} ${initial.toUpperCase()}.` : first;
}

/** Whether an affiliate may recruit with its code: never a suspended or deleted account. */
export function mayRecruit(u: { banned: boolean; blocked: boolean; deletedAt: Date | null }): boolean {
  return !u.banned && !u.blocked && u.deletedAt === null;
}
