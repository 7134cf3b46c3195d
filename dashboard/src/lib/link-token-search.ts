import * as z from 'zod/mini';

/** `?token=` of the emailed links; anything malformed becomes "no token", which the page explains. */
export const linkTokenSearch = z.object({
  token: z.catch(z.optional(z.string().check(z.minLength(16), z.maxLength(512))), undefined),
});
