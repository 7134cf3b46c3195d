import type { ServiceCall } from '../../context';
import { isCreativeImageKeyOf, uploadUrl } from '../../domain/upload-key';
import { ValidationError } from '../../errors/app-error';

/** Unique index on creatives.image_key: one uploaded object belongs to one creative. */
export const IMAGE_KEY_UNIQUE = 'creatives_image_key_unique';

/**
 * The served URL of an image the tenant uploaded, to attach to a banner. Another tenant's key and a key with
 * no object answer the same validation error, so nothing tells them apart.
 */
export async function attachableImageUrl({
  ctx,
  input: { organizationId, key },
}: ServiceCall<{ organizationId: string; key: string }>): Promise<string> {
  if (!isCreativeImageKeyOf(organizationId, key) || !(await ctx.config.UPLOADS.head(key)))
    throw new ValidationError('The request is not valid', [
      { path: 'imageKey', message: 'No uploaded image with this key in this organization' },
    ]);
  return uploadUrl(ctx.config.APP_BASE_URL, key);
}

/**
 * Deletes an uploaded object the creative no longer uses, once the database has let go of it. A failure
 * leaves an unreferenced object (logged), never a creative pointing at nothing.
 */
export async function deleteReleasedImage({ ctx, input: { key } }: ServiceCall<{ key: string | null }>): Promise<void> {
  if (!key) return;
  try {
    await ctx.config.UPLOADS.delete(key);
  } catch (err) {
    ctx.log.error('creative_image_delete_failed', { key, error: err });
  }
}
