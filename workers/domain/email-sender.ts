/**
 * The `from` of an email sent under a brand: the configured sender's address with the brand as its
 * display name (`"Acme Partners" <noreply@…>`), so an advertiser's affiliates never see the platform's
 * name; the configured sender as it is without a brand, and nothing (the provider's default) without one.
 */
export function emailSender(configured: string | undefined, brandName: string | null): string | undefined {
  if (!configured || !brandName) return configured;
  const address = /<([^<>]+)>\s*$/.exec(configured)?.[1] ?? configured.trim();
  // A quoted display name (RFC 5322): quotes and backslashes escaped, line breaks never pass.
  const name = brandName.replace(/[\r\n]+/g, ' ').replace(/(["\\])/g, '\\$1');
  return `"${name}" <${address}>`;
}
