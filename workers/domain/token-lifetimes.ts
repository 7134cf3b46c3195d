/** How long each kind of token lives, in one place. Access tokens: see access-token.ts (15 min). */

/** Sliding: every refresh issues a successor valid this long, so an idle session ends after 30 days. */
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;
export const EMAIL_VERIFY_TTL_SECONDS = 24 * 60 * 60;
export const PAYPAL_EMAIL_VERIFY_TTL_SECONDS = 24 * 60 * 60;
/** Short: a reset link in a mailbox is a password for whoever reads it. */
export const PASSWORD_RESET_TTL_SECONDS = 60 * 60;
export const INVITATION_TTL_SECONDS = 7 * 24 * 60 * 60;

export const addSeconds = (date: Date, seconds: number): Date => new Date(date.getTime() + seconds * 1000);
