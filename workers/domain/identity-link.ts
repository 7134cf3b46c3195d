/**
 * What a sign-in with Google or GitHub does, decided from what the database holds. The identity
 * itself wins; otherwise an account is joined only through an email the provider verified and we
 * verified too (so a stranger who signed up with someone's address and never confirmed it cannot
 * have that person's Google account land in theirs). Without any account, the sign-up page's
 * choice creates one.
 */
export type IdentitySignInPlan =
  | { kind: 'known'; userId: string }
  | { kind: 'link'; userId: string }
  | { kind: 'create' }
  | { kind: 'refuse'; reason: 'email_unverified' | 'account_unconfirmed' | 'no_account' };

export interface IdentitySignInFacts {
  /** The user the (provider, subject) identity already belongs to. */
  identityUserId: string | null;
  /** The account whose email equals the provider's email. */
  emailOwner: { id: string; emailVerified: boolean } | null;
  providerEmailVerified: boolean;
  /** Started from the sign-up page (account type chosen). */
  mayCreate: boolean;
}

export function planIdentitySignIn(f: IdentitySignInFacts): IdentitySignInPlan {
  if (f.identityUserId) return { kind: 'known', userId: f.identityUserId };
  if (f.emailOwner) {
    if (!f.providerEmailVerified) return { kind: 'refuse', reason: 'email_unverified' };
    if (!f.emailOwner.emailVerified) return { kind: 'refuse', reason: 'account_unconfirmed' };
    return { kind: 'link', userId: f.emailOwner.id };
  }
  return f.mayCreate ? { kind: 'create' } : { kind: 'refuse', reason: 'no_account' };
}

/** Unlinking may not leave an account without any way in: no password and no other identity. */
export function mayUnlink(f: { hasPassword: boolean; identityCount: number }): boolean {
  return f.hasPassword || f.identityCount > 1;
}
