import { z } from 'zod';
import { GSPK_PARAM, GSPK_VALUE_PATTERN, REFERRAL_CODE_PATTERN, REFERRAL_PARAM_PATTERN } from './referral-params';

export const CLIENT_CLICK_PATH = '/client-click';
/** The body is a few hundred bytes; anything far larger is not the snippet's. */
export const CLIENT_CLICK_MAX_BYTES = 8_192;

/**
 * What /aff-click.js (or the SDK's browser module) reports when a page's own URL carries a ref
 * code: the parameter it was found under, the code, the page as landed on and where the visitor
 * came from. Sent as text/plain JSON, a CORS "simple" request, so no preflight doubles the trip.
 * Under PartnerStack's `gspk` the code is the Base64 text its links carry, which the tracker decodes.
 */
export const clientClickBody = z
  .object({
    param: z.string().regex(REFERRAL_PARAM_PATTERN),
    code: z.string(),
    url: z.string().url().max(4096),
    referrer: z.string().max(2048).nullable().optional(),
  })
  .strict()
  .refine((b) => (b.param === GSPK_PARAM ? GSPK_VALUE_PATTERN : REFERRAL_CODE_PATTERN).test(b.code), {
    path: ['code'],
    message: 'A ref code (letters, digits, _ and -), or under gspk its Base64 text',
  });

export type ClientClickBody = z.infer<typeof clientClickBody>;
