/** How long each kind of token lives, in one place. Access tokens: see access-token.ts (15 min). */

/** Sliding: every refresh issues a successor valid this long, so an idle session ends after 30 days. */
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;
/**
 * A token rotated this recently may be presented again without counting as theft: a browser that aborted an
 * in-flight refresh (a reload, a closed tab) never stored the successor the server had already issued.
 */
export const REFRESH_REUSE_GRACE_SECONDS = 10;
export const EMAIL_VERIFY_TTL_SECONDS = 24 * 60 * 60;
export const PAYPAL_EMAIL_VERIFY_TTL_SECONDS = 24 * 60 * 60;
/** The undo link in the notice of a PayPal address change: long enough to notice a mail read late. */
export const PAYPAL_EMAIL_UNDO_TTL_SECONDS = 7 * 24 * 60 * 60;
/** Short: a reset link in a mailbox is a password for whoever reads it. */
export const PASSWORD_RESET_TTL_SECONDS = 60 * 60;
export const INVITATION_TTL_SECONDS = 7 * 24 * 60 * 60;

export const addSeconds = (date: Date, seconds: number): Date => new Date(date.getTime() + seconds * 1000);
/** A Telegram deep link: long enough to open the app and press Start, short as it links an account. */
export const TELEGRAM_LINK_TTL_SECONDS = 15 * 60;
