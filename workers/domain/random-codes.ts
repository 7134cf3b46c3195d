/** Alphabets for generated codes. Crockford base32 has no I, L, O, U: nothing to misread. */
export const BASE32_CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SLUG_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** Uniformly random characters of `alphabet` (rejection sampling, so no modulo bias). */
export function randomString(alphabet: string, length: number): string {
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

/** The `{code}` of `/aff/{code}`: 8 Crockford base32 characters, 40 bits. */
export const randomRefCode = (): string => randomString(BASE32_CROCKFORD, 8);

/** A short-link slug: 8 lower-case base32 characters. */
export const randomLinkSlug = (): string => randomString(SLUG_ALPHABET, 8);

/**
 * A coupon code an affiliate can say out loud (one per affiliate per program): the
 * first name's ASCII letters, upper-cased and cut to 12, then 4 random characters.
 */
export function randomCouponCode(firstName: string | null | undefined): string {
  const stem = (firstName ?? '')
    .normalize('NFKD')
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .slice(0, 12);
  return `${stem || 'AFF'}${randomString(BASE32_CROCKFORD, 4)}`;
}

/** URL-safe, lower-case kebab form of a name, for organization and program slugs. */
export function slugify(name: string, maxLength = 48, fallback = 'item'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** An affiliate's recruit code (`/sign-up?recruit=…`): 10 Crockford base32 characters, 50 bits. */
export const randomRecruitCode = (): string => randomString(BASE32_CROCKFORD, 10);
