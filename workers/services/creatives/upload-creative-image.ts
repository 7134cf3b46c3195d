import type { ServiceCall } from '../../context';
import { creativeImageType, MAX_CREATIVE_IMAGE_BYTES } from '../../domain/image-type';
import { creativeImageKey, uploadUrl } from '../../domain/upload-key';
import { AppError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';

/**
 * Stores a banner image in R2 under a key of the tenant, ready to attach to a creative (imageKey). The type is
 * judged by the file's magic bytes (PNG, JPEG, GIF, WebP), not by what the request claimed. Audited.
 */
export async function uploadCreativeImage({
  ctx,
  input,
}: ServiceCall<{ bytes: Uint8Array }>): Promise<{ key: string; url: string; contentType: string; bytes: number }> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  if (input.bytes.length === 0) throw new AppError('validation_failed', 'The file is empty');
  if (input.bytes.length > MAX_CREATIVE_IMAGE_BYTES)
    throw new AppError('payload_too_large', `The file is larger than ${MAX_CREATIVE_IMAGE_BYTES} bytes`);
  const contentType = creativeImageType(input.bytes);
  if (!contentType) throw new AppError('unsupported_media_type', 'Upload a PNG, JPEG, GIF or WebP image');
  const key = creativeImageKey(organizationId, contentType);
  await ctx.config.UPLOADS.put(key, input.bytes, { httpMetadata: { contentType } });
  await recordAudit({
    ctx,
    input: {
      action: 'creative.image_uploaded',
      targetType: 'organization',
      targetId: organizationId,
      after: { key, contentType, bytes: input.bytes.length },
    },
  });
  return { key, url: uploadUrl(ctx.config.APP_BASE_URL, key), contentType, bytes: input.bytes.length };
}
