/**
 * What each conversion source's signing secret looks like, for the API's check and the dashboard's
 * form: Paddle generates `pdl_ntfset_…` per notification destination; Lemon Squeezy takes 6 to 40
 * characters the advertiser chooses; the generic webhook's secret is ours to require long enough
 * not to be guessed.
 */
export const PADDLE_WEBHOOK_SECRET_PATTERN = /^pdl_ntfset_[0-9A-Za-z_]{16,200}$/;
export const LEMON_SQUEEZY_SECRET_PATTERN = /^[\x21-\x7e]{6,40}$/;
export const GENERIC_SECRET_PATTERN = /^[\x21-\x7e]{32,200}$/;
