import { brandImageType, MAX_BRAND_IMAGE_BYTES } from '@domain/image-type';
import { httpsHost } from '@domain/program-rules';

/**
 * A logo or favicon as the form holds it until saved: unchanged, a new file to upload, removed, or (the logo)
 * an image already hosted elsewhere, linked by its https address.
 */
export type ImageChoice =
  | { kind: 'keep' }
  | { kind: 'new'; file: File; previewUrl: string }
  | { kind: 'remove' }
  | { kind: 'link'; url: string };

/** A linked image must be an absolute https address, as the API requires. */
export const isImageLink = (url: string): boolean => httpsHost(url.trim()) !== null;

export type BrandFileProblem = 'payload_too_large' | 'unsupported_media_type';

/**
 * The server's own checks, run in the browser first so a wrong file is refused before any upload: the size
 * limit, and the type judged by the file's first bytes (not its name or declared type).
 */
export async function brandFileProblem(file: File): Promise<BrandFileProblem | null> {
  if (file.size > MAX_BRAND_IMAGE_BYTES) return 'payload_too_large';
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  return brandImageType(head) ? null : 'unsupported_media_type';
}

/** What the preview shows for a choice: the new file, nothing, or the stored image. */
export function choiceSrc(choice: ImageChoice, current: string | undefined): string | null {
  if (choice.kind === 'new') return choice.previewUrl;
  if (choice.kind === 'remove') return null;
  if (choice.kind === 'link') return isImageLink(choice.url) ? choice.url.trim() : null;
  return current ?? null;
}
