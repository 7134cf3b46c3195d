/**
 * A URL-safe slug for an organization: the name's ASCII letters and digits, plus a random suffix so
 * two "Acme" sign-ups never collide on the unique slug.
 */
export function organizationSlug(name: string, suffix: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return base ? `${base}-${suffix}` : `org-${suffix}`;
}

/** Six hex characters: 16M values, plenty next to a name. */
export function randomSlugSuffix(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(3)), (b) => b.toString(16).padStart(2, '0')).join('');
}
