import { slugify } from './random-codes';

/**
 * A URL-safe slug for an organization: the name's ASCII letters and digits, plus a random suffix so
 * two "Acme" sign-ups never collide on the unique slug.
 */
export function organizationSlug(name: string, suffix: string): string {
  return `${slugify(name, 40, 'org')}-${suffix}`;
}

/** Six hex characters: 16M values, plenty next to a name. */
export function randomSlugSuffix(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(3)), (b) => b.toString(16).padStart(2, '0')).join('');
}
