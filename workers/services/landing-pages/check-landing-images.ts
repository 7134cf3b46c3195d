import type { ServiceCall } from '../../context';
import { type LandingDocument, uploadKeysOf } from '../../domain/landing-document';
import { isCreativeImageKeyOf } from '../../domain/upload-key';
import { ValidationError } from '../../errors/app-error';

/**
 * Every uploaded image the document uses is one the advertiser uploaded (uploadCreativeImage's checks: type by
 * magic bytes, size) and still exists. Another tenant's key and a missing one answer the same error.
 * `stored: false` (a preview) checks only the owner, so typing does not cost a storage lookup per image.
 */
export async function checkLandingImages({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; document: LandingDocument; stored?: boolean }>): Promise<void> {
  const stored = input.stored ?? true;
  for (const key of uploadKeysOf(input.document)) {
    const ok =
      isCreativeImageKeyOf(input.organizationId, key) && (!stored || (await ctx.config.UPLOADS.head(key)) !== null);
    if (!ok)
      throw new ValidationError('The request is not valid', [
        { path: 'document.blocks', message: `No uploaded image ${key} in this organization` },
      ]);
  }
}
