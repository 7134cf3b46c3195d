import { z } from 'zod';
import { isEmbedOrigin } from './embed-origin';
import { BASE62, randomString } from './random-codes';
import { sha256Hex } from './secret-token';

/**
 * The credential of the embedded referral dashboard: `ae_embed_<40 base62>` (238 bits), stored as its
 * SHA-256. It works only on the embed routes of the app that asked for it, for one user and one program,
 * and only for minutes: the app's backend asks for a fresh one each time its page opens the dashboard.
 */
export const EMBED_TOKEN_PATTERN = /^ae_embed_[0-9A-Za-z]{40}$/;
export const EMBED_TOKEN_TTL_SECONDS = 15 * 60;

export async function generateEmbedToken(): Promise<{ token: string; tokenHash: string }> {
  const token = `ae_embed_${randomString(BASE62, 40)}`;
  return { token, tokenHash: await sha256Hex(token) };
}

/** The hash to look a presented token up by; null when it cannot be one of ours. */
export async function embedTokenLookupHash(presented: string): Promise<string | null> {
  return EMBED_TOKEN_PATTERN.test(presented) ? sha256Hex(presented) : null;
}

/**
 * What identifies one signed request: its timestamp and body. A second request with both equal is a
 * replay (an honest client signs each request with a fresh timestamp or a different body).
 */
export async function signedRequestHash(timestamp: number, body: Uint8Array): Promise<string> {
  const bodyHash = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', body)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  return sha256Hex(`${timestamp}.${bodyHash}`);
}

/**
 * The look the app asks for. Values go into CSS, so each is held to a shape that cannot leave its
 * declaration: a hex colour, a font family of letters, digits, spaces, commas and dashes.
 */
export const embedTheme = z
  .strictObject({
    primaryColor: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .optional()
      .describe('Buttons and links, as #rrggbb'),
    font: z
      .string()
      .max(80)
      .regex(/^[A-Za-z0-9 ,-]+$/)
      .optional()
      .describe('A CSS font-family list of installed or page fonts, e.g. "Inter, sans-serif"'),
    mode: z.enum(['light', 'dark']).optional().describe('Light or dark; default light'),
    locale: z.enum(['en', 'ru']).optional().describe('Language of the dashboard; default en'),
  })
  .describe('How the embedded dashboard looks; every field optional');
export type EmbedThemeOptions = z.infer<typeof embedTheme>;

export const embedOrigin = z
  .string()
  .max(200)
  .refine(
    isEmbedOrigin,
    'An origin such as https://app.example (http only for localhost), without a path or a trailing slash',
  );

/** The CSP that lets only the app's own pages frame the dashboard; none named: nobody may. */
export function frameAncestors(origins: readonly string[]): string {
  return `frame-ancestors ${origins.length > 0 ? origins.join(' ') : "'none'"}`;
}
