/** The image types a brand file may be; SVG is refused (it can carry script). */
export const BRAND_IMAGE_TYPES = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/x-icon': 'ico',
} as const;
export type BrandImageType = keyof typeof BRAND_IMAGE_TYPES;

/** The largest brand file, in bytes. */
export const MAX_BRAND_IMAGE_BYTES = 512 * 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

/** The image type by its magic bytes, whatever the request claimed; null for anything else. */
export function sniffImageType(bytes: Uint8Array): BrandImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00]) && bytes.length >= 6 && (bytes[4]! > 0 || bytes[5]! > 0))
    return 'image/x-icon';
  return null;
}
