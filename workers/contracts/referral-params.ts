import { CLICK_ID_PARAM_PATTERN } from './click-id-param';

/**
 * Query parameters that carry an affiliate's ref code on a link straight to the advertiser's site
 * (`https://shop.example/?via=alice`), read by /aff-click.js for client-side click tracking. Ours is
 * `ref`; the others are what Rewardful (`via`), FirstPromoter (`fpr`) and PartnerStack (`gspk`) put
 * on their links, so links imported from them keep counting. Tolt's `ref` is ours.
 */
export const DEFAULT_REFERRAL_PARAMS = ['ref'] as const;
export const KNOWN_REFERRAL_PARAMS = ['ref', 'via', 'fpr', 'gspk'] as const;
export const MAX_REFERRAL_PARAMS = 8;

/** Each name as safe as a click id parameter: usable in a query as written, never needing encoding. */
export const REFERRAL_PARAM_PATTERN = CLICK_ID_PARAM_PATTERN;

/** The ref code in such a parameter: letters, digits, _ and -, as enrollments' codes are. */
export const REFERRAL_CODE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** PartnerStack's parameter: its links carry the partner key Base64-encoded, not the code itself. */
export const GSPK_PARAM = 'gspk';

/**
 * A `gspk` value as /aff-click.js may report it: Base64 (standard or URL-safe, padded or not) of at
 * most a 64-character code, 88 characters. Whether it decodes to a code is the tracker's question.
 */
export const GSPK_VALUE_PATTERN = /^[A-Za-z0-9+/_=-]{1,88}$/;
