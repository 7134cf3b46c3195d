/** Every image type the platform recognises by its magic bytes; SVG is never one (it can carry script). */
export type ImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/x-icon';

/** The image types a brand file may be, with the extension its key gets. */
export const BRAND_IMAGE_TYPES = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/x-icon': 'ico',
} as const satisfies Partial<Record<ImageType, string>>;
export type BrandImageType = keyof typeof BRAND_IMAGE_TYPES;

/** The image types a banner creative may be: what every browser shows in an <img>, animated GIF included. */
export const CREATIVE_IMAGE_TYPES = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
} as const satisfies Partial<Record<ImageType, string>>;
export type CreativeImageType = keyof typeof CREATIVE_IMAGE_TYPES;

/** The largest brand file, in bytes. */
export const MAX_BRAND_IMAGE_BYTES = 512 * 1024;

/** The largest creative image, in bytes: a banner is shown on affiliates' pages, so it must stay light. */
export const MAX_CREATIVE_IMAGE_BYTES = 2 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

/** The image type by its magic bytes, whatever the request claimed; null for anything else. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // GIF87a or GIF89a
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61)
    return 'image/gif';
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00]) && bytes.length >= 6 && (bytes[4]! > 0 || bytes[5]! > 0))
    return 'image/x-icon';
  return null;
}

/** The sniffed type when it is one of `types`' keys, else null. */
function sniffedIn<T extends ImageType>(bytes: Uint8Array, types: Partial<Record<T, string>>): T | null {
  const type = sniffImageType(bytes);
  return type && type in types ? (type as T) : null;
}

/** The brand file's type, or null when its bytes are not one a logo or favicon may be. */
export const brandImageType = (bytes: Uint8Array) => sniffedIn<BrandImageType>(bytes, BRAND_IMAGE_TYPES);

/** The banner's type, or null when its bytes are not one a creative may be. */
export const creativeImageType = (bytes: Uint8Array) => sniffedIn<CreativeImageType>(bytes, CREATIVE_IMAGE_TYPES);
