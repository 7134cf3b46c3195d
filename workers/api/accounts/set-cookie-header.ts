/** How the OpenAPI document shows the ae_refresh cookie a cookie-mode answer sets (or clears). */
export const refreshCookieHeader = (description: string) => ({
  'Set-Cookie': { description, schema: { type: 'string' as const } },
});
